// The language of an article. Parley's rules, cue words and vocabularies are English; an article in
// another language would silently give no claims (or odd ones), so it is detected, named in a
// warning, stored with its language, and not extracted.
//
// Detection: franc-min (trigram profiles of 82 languages). Chosen over tinyld, eld and franc after
// measuring (bench/language.ts, test/fixtures/languages/): 117/120 on our short news paragraphs in
// 10 languages (its misses are Portuguese→Spanish and Russian→Bulgarian on single sentences, both
// unsupported either way), and 106/106 on the real articles of the shared raw corpus, where tinyld
// took 6 English articles for Turkmen, Irish or Kirundi; eld needs seconds to load its tables.
// The first 600 characters are enough for news text and keep the cost a few percent of extraction.
// Two guards against taking English for something else, both measured on 1,118 English sentences of
// our fixtures and the dev corpus (33 misread by the bare detector, 0 with the guards, with no loss
// on the paragraphs): under 80 characters the text is too short to tell (names dominate: "Zelensky
// said Ukraine would not give up Zaporizhzhia." reads as Hmong), and English wins when its score is
// within 10 % of the best.
// (franc-min's francAll, computed by language-rank.ts with the same data and result, ~40 times faster.)
import { rankLanguages } from './language-rank.js';

/** Languages the extractor reads (ISO 639-1). */
export const SUPPORTED_LANGUAGES: readonly string[] = ['en'];

/** Characters of the body the detector reads. */
export const LANGUAGE_SAMPLE = 600;
/** Shorter samples are not judged. */
export const LANGUAGE_MIN_LENGTH = 80;
/** English wins when its score is at least this share of the best. */
const ENGLISH_MARGIN = 0.9;

/** Made on first use: creating it loads ICU's display names, ~50-70 ms of every process's start-up, and only a warning about another language needs it. */
let names: Intl.DisplayNames | null = null;

/** A language tag ('en-GB', 'eng', 'pt_BR', 'English'?) as a primary ISO 639-1 code when there is one, else 639-3; null when unreadable. */
const normalised = new Map<string, string | null>();
export function normaliseLanguage(tag: string | null | undefined): string | null {
  if (!tag) return null;
  // Called for every article: Intl's canonicalisation is slow enough to show in a profile.
  const known = normalised.get(tag);
  if (known !== undefined) return known;
  const r = normaliseUncached(tag);
  if (normalised.size < 1000) normalised.set(tag, r);
  return r;
}

function normaliseUncached(tag: string): string | null {
  const primary = tag.trim().replace(/_/g, '-').split('-')[0].toLowerCase();
  if (!/^[a-z]{2,3}$/.test(primary) || primary === 'und') return null;
  try {
    return Intl.getCanonicalLocales(primary)[0] ?? primary;
  } catch {
    return null;
  }
}

/**
 * Words frequent in English and rare in the other Latin-script languages of the corpus ("a", "in", "die"
 * are left out). Running English prose has a third or more of its words among them; other languages
 * a few percent.
 */
const ENGLISH_WORDS = new Set(['the', 'of', 'and', 'to', 'that', 'is', 'was', 'for', 'with', 'said', 'on', 'by', 'he', 'his', 'has', 'have', 'from', 'at', 'would', 'which', 'were', 'are', 'be', 'this', 'it', 'its', 'not', 'they', 'their', 'been', 'who', 'after', 'an', 'or', 'had',
  // (And words of news clauses that no other Latin-script language of the corpus writes: a one-line alert such as
  // "Washington will unveil new sanctions against Eritrea unless its troops leave Tigray." has few of the above.)
  'against', 'unless', 'should', 'could', 'what', 'when', 'there', 'these', 'those', 'while', 'between', 'than', 'them', 'about', 'into', 'our']);
/** A capitalised word (a name, or a sentence's first word). */
const CAPITALISED = /\p{Lu}[\p{L}'’-]*/gu;
/** Share of those words above which a sample is English without running the detector (measured: see language.test.ts). */
const ENGLISH_SHARE = 0.2;
/**
 * The same share, when the input declares itself English (header `lang: en`, <html lang="en">, a record field): a
 * declaration is evidence too, and a one-line alert has few function words for its length ("Kyiv will not hold talks
 * until Russia stops shelling civilian areas, Zelensky said.": 2 of 13, and its trigrams score Swedish above English).
 * Measured on the other-language paragraphs of test/fixtures/languages and 300-character slices of the raw corpus's
 * 16 non-English articles: at most 0.063 outside the English passages they quote, so a wrong declaration still loses.
 */
const DECLARED_ENGLISH_SHARE = 0.1;

/**
 * The language of a text (ISO 639-1 where one exists), or null when the text is too short to tell. `declared` is the
 * language the input says it is in (see DECLARED_ENGLISH_SHARE).
 */
export function detectLanguage(text: string, declared?: string | null): string | null {
  const sample = text.slice(0, LANGUAGE_SAMPLE).trim();
  if (sample.length < LANGUAGE_MIN_LENGTH) return null;
  // A line of headlines joined by " | " (related links, "ALSO READ: … | …") is several short texts, not one: each is
  // judged alone, and when none is long enough to tell, neither is the line (telegraphic headlines have too few
  // function words for the trigrams: "Senate confirms new agriculture chief" read as Romanian).
  // (A line of headlines under a line too short to tell, "(Reuters)\nLea también: … | …", is judged as that line alone;
  // a label of a few words before a colon opening a headline, "Lea también:", "ALSO READ:", is no text of it.)
  if (sample.includes(' | ') && sample.includes('\n')) {
    const lines = sample.split('\n').map((l) => l.trim()).filter((l) => l.length);
    const long = lines.filter((l) => !l.includes(' | ') && l.length >= LANGUAGE_MIN_LENGTH);
    if (!long.length) return detectLanguage(lines.filter((l) => l.includes(' | ')).join(' | '));
  }
  if (sample.includes(' | ') && !sample.includes('\n')) {
    const parts = sample.split(' | ').map((x) => detectLanguage(x.replace(/^\s*(?:[\p{L}]+\s+){0,2}[\p{L}]+\s*:\s*/u, ''))).filter((x): x is string => x !== null);
    if (!parts.length) return null;
    return parts.every((x) => x === parts[0]) ? parts[0] : null;
  }
  // A cheap first look: most input is English news, and the trigram detector costs a sizeable share of
  // extraction time; English function words settle it for most articles.
  const words = sample.toLowerCase().match(/[a-z]+/g) ?? [];
  if (words.length >= 8) {
    let hits = 0;
    for (const w of words) if (ENGLISH_WORDS.has(w)) hits++;
    const share = hits / words.length;
    if (words.length >= 12 && share >= ENGLISH_SHARE) return 'en';
    if (share >= DECLARED_ENGLISH_SHARE && normaliseLanguage(declared) === 'en') return 'en';
  }
  // Names are no evidence of a language: "Faridah Abdul Rahman, a researcher at Universiti Kebangsaan Malaysia." is
  // English, but its trigrams are mostly the names'. With the capitalised words set aside, too little text is left
  // to tell (the text of a German article, whose nouns are capitalised too, keeps its articles and verbs).
  if (sample.replace(CAPITALISED, '').replace(/[\s\p{P}\d]+/gu, ' ').trim().length < LANGUAGE_MIN_LENGTH / 2) return null;
  const ranked = rankLanguages(sample, LANGUAGE_MIN_LENGTH);
  const [best] = ranked;
  if (!best || best[0] === 'und') return null;
  const english = ranked.find(([code]) => code === 'eng');
  return normaliseLanguage(english && english[1] >= ENGLISH_MARGIN * best[1] ? 'eng' : best[0]);
}

/** "Portuguese" for 'pt'. */
export function languageName(code: string): string {
  try {
    names ??= new Intl.DisplayNames(['en'], { type: 'language' });
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

/** true unless the article's language is known and not one the extractor reads. */
export function isSupportedLanguage(lang: string | null | undefined): boolean {
  const code = normaliseLanguage(lang);
  return code === null || SUPPORTED_LANGUAGES.includes(code);
}
