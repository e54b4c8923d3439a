// Attribution: which outlet a sentence credits ("reports the Financial Times", "told Reuters",
// "according to Bloomberg", a "(BBC)" or "/TASS/" dateline) and how many sources it cites
// ("four people with direct knowledge" → 4).
import type { Token } from './tokenize.js';
import type { OutletMention } from './mentions.js';
import type { LexiconIndex } from './lexicon-index.js';
import { joinTokens } from './tokenize.js';
import { defineWordClass, inClass } from './word-classes.js';
import { defineRule } from '../extract/rules/registry.js';

export interface SentenceSource {
  outlet?: string;
  count?: number;
  /** "the officials said": refers back to a group counted earlier. */
  anaphoric?: boolean;
  anonymous?: boolean;
  /** The outlet appears as a dateline credit: "(BBC)", "/TASS/". */
  dateline?: boolean;
  /** Every outlet a dateline of the sentence credits, in order ("(UrduPoint News / Sputnik - 20th May)": both). */
  datelines?: string[];
  /** The first token of the credited outlet's name in the text (not for an odd-case dateline). */
  outletAt?: number;
  /** The credit introduces the sentence's own clause ("… told Axios that …"): it credits nothing in the sentences around it. */
  ownClause?: boolean;
  text?: string;
  /** Two or more counted groups in one sentence ("Three of them said …; two said …"): each with its first token, for the clause it heads. */
  counts?: Array<{ at: number; count: number; text: string }>;
}

/** Words before an outlet that credit it. */
/** (A document "seen by", "obtained by" or "reviewed by" an outlet is on its word: "according to a copy seen by Reuters".) */
/** (Sources who "spoke to", "talked to", "briefed" an outlet or gave it "interviews" are on its word, as those who
 * "told" it: "They spoke to Reuters on condition of anonymity", "two officials who briefed the Financial Times".) */
const CREDIT_BEFORE = new Set(['according to', 'reports', 'reported', 'told', 'citing', 'cited', 'quoted by', 'reported by', 'interview with', 'interviews with', 'said to', 'wrote in', 'writes', 'seen by', 'obtained by', 'reviewed by', 'spoke to', 'speaking to', 'talked to', 'talking to', 'briefed', 'interviewed by']);
/** Words after an outlet that credit it. */
const CREDIT_AFTER = new Set(['reports', 'reported', 'reporting', 'said', 'says', 'writes', 'wrote', 'learned', 'has', 'cited', 'citing', 'quoted', 'understands']);
// A Map, not an object literal: looking up every word of the sentence in an object went through its prototype
// chain on each miss, and was the annotator's slowest line (speed, issue 7).
const NUMBER_WORDS = new Map<string, number>(Object.entries({ a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12, several: 0, multiple: 0 }));
const TWO_DIGITS = /^\d{1,2}$/;
const SOURCE_NOUNS = new Set(['people', 'sources', 'source', 'officials', 'official', 'diplomats', 'diplomat', 'persons', 'person', 'individuals', 'insiders', 'insider']);
// ("Its story relied on three officials", "The report drew on four diplomats": a report's sources named after it.)
const ATTRIBUTION_WORDS = defineWordClass('attribution words', () => ['said', 'say', 'says', 'told', 'according', 'citing', 'familiar', 'knowledge', 'briefed', 'close', 'added', 'indicate', 'indicated', 'noted', 'spoke', 'interviewed', 'quoting', 'quoted', 'cited', 'relied', 'drew']);
/**
 * Whether a sentence (its word-class bits, annotate's Sentence.classes) may count sources: findSentenceSource
 * counts them only in a sentence with an attribution word. A sentence without one is not read for a count
 * (noteCounts; speed).
 */
export function mayCountSources(classes: number): boolean { return (classes & ATTRIBUTION_WORDS.bit) !== 0; }
/** After a counted noun, words that make it the subject of a fact, not a source: "three people were killed". */
const NOT_SOURCE_AFTER = new Set(['were', 'was', 'died', 'killed', 'wounded', 'injured', 'dead', 'among', 'remain', 'remained']);
/** A part of a counted group speaking: "three of them said", "two of those …". */
const GROUP_PRONOUNS = new Set(['them', 'those', 'these']);
/** Speech verbs right after a bare number ("two said …"), and the words before it that make it no source ("the two said"). */
const COUNT_SPEECH = new Set(['said', 'say', 'says', 'told', 'added', 'described', 'confirmed']);
const NOT_COUNT_BEFORE = new Set(['the', 'both', 'all', 'these', 'those', 'its', 'their', 'his', 'her']);
const SOURCE_MODIFIERS = new Set(['of', 'the', 'current', 'and', 'former', 'senior', 'western', 'european', 'u', 's', 'us', 'american', 'russian', 'ukrainian', 'other', 'high-ranking', 'government', 'kremlin', 'white', 'house', 'administration', 'anonymous', 'unnamed', 'people', 'familiar', '-']);
const ANAPHORIC_ONE = /\bthe (?:same )?(?:official|source|diplomat|insider) (?:said|says|told|added)\b/i;
const ANAPHORIC = /\b(?:the|these|those)(?: same)? (?:people|sources|officials|diplomats|persons)\b/i;

export function findSentenceSource(tokens: Token[], start: number, end: number, outlets: OutletMention[], index: LexiconIndex): SentenceSource {
  const out: SentenceSource = {};
  for (const o of outlets) {
    const credited = isCredited(tokens, o.start, o.end, start, end, index.words(outletDescription.id, 'descriptionNouns'), index.words(creditLine.id, 'ownShare'));
    if (credited) {
      if (credited === 'dateline') (out.datelines ??= []).push(o.name);
      if (!out.outlet) {
        out.outlet = o.name; out.dateline = credited === 'dateline'; out.outletAt = o.start;
        if (o.end < end && tokens[o.end].lower === 'that' && creditWord(tokens, o.start, start) === 'told') out.ownClause = true;
      }
    }
  }
  // "This is reported by RBC-Ukraine, citing an interview with the newspaper Frankfurter Allgemeine Zeitung": the
  // outlet a credit cites is the original report's, and the claim's source.
  if (out.outlet && !out.dateline) {
    for (const o of outlets) {
      if (o.start <= start || o.end > end || o.name === out.outlet) continue;
      let k = o.start - 1;
      while (k > start && k >= o.start - 6 && tokens[k].lower !== 'citing' && tokens[k].lower !== 'quoting' && tokens[k].word) k--;
      if (tokens[k].lower === 'citing' || tokens[k].lower === 'quoting') { out.outlet = o.name; break; }
    }
  }
  if (!out.outlet) {
    // All-caps or odd-case datelines: "(EUROPA PRESS)", "/TASS/".
    for (let i = start; i < end; i++) {
      if (tokens[i].text !== '(' && tokens[i].text !== '/') continue;
      const close = tokens[i].text === '(' ? ')' : '/';
      let j = i + 1;
      while (j < end && j - i < 6 && tokens[j].text !== close) j++;
      if (j >= end || tokens[j].text !== close) continue;
      const inner = joinTokens(tokens, i + 1, j, false).toLowerCase();
      const name = index.outletByName.get(inner) ?? index.outletByName.get(inner.replace(/ \. /g, '.'));
      if (name) { out.outlet = name; out.dateline = true; break; }
    }
  }
  // Source counts: a number followed by a source noun within a few words, in an attribution context.
  let attribution = false;
  for (let i = start; i < end; i++) if (inClass(tokens[i], ATTRIBUTION_WORDS)) { attribution = true; break; }
  if (attribution) {
    const counts: Array<{ at: number; count: number; text: string }> = [];
    for (let i = start; i < end; i++) {
      const w0 = tokens[i].lower;
      const c0 = w0.charCodeAt(0);
      const n = NUMBER_WORDS.get(w0) ?? (c0 >= 48 && c0 <= 57 && TWO_DIGITS.test(tokens[i].text) ? Number(tokens[i].text) : undefined);
      if (n === undefined) continue;
      // "a source", "a senior White House official": "a" counts one only before a source noun and its modifiers.
      if (w0 === 'a' || w0 === 'an') {
        let j = i + 1;
        while (j < end && j - i <= 5 && (SOURCE_MODIFIERS.has(tokens[j].lower) || (tokens[j].cap && !SOURCE_NOUNS.has(tokens[j].lower)))) j++;
        if (!SOURCE_NOUNS.has(tokens[j]?.lower ?? '')) continue;
      }
      let found = false;
      for (let j = i + 1; j < Math.min(end, i + 7); j++) {
        const w = tokens[j].lower;
        if (SOURCE_NOUNS.has(w)) {
          // "one of the two senior officials" counts the one who speaks; "two of the officials" counts two.
          // ("three people were killed": people a fact is about, not sources.)
          if (n > 0 && !NOT_SOURCE_AFTER.has(tokens[j + 1]?.lower ?? '')) { counts.push({ at: i, count: n, text: joinTokens(tokens, i, j + 1, false) }); found = true; i = j; }
          break;
        }
        // ("an unnamed Turkish official", "two senior White House officials": names among the modifiers.)
        if (!tokens[j].word || SOURCE_MODIFIERS.has(w) || tokens[j].cap) continue;
        break;
      }
      if (found || n < 2 || NOT_COUNT_BEFORE.has(tokens[i - 1]?.lower ?? '')) continue;
      // Parts of a group counted before: "Three of them said …", "two said …".
      if (tokens[i + 1]?.lower === 'of' && GROUP_PRONOUNS.has(tokens[i + 2]?.lower ?? '') && COUNT_SPEECH.has(tokens[i + 3]?.lower ?? '')) counts.push({ at: i, count: n, text: joinTokens(tokens, i, i + 3, false) });
      else if (COUNT_SPEECH.has(tokens[i + 1]?.lower ?? '') && i > start) counts.push({ at: i, count: n, text: joinTokens(tokens, i, i + 1, false) });
    }
    if (counts.length) { out.count = counts[0].count; out.anonymous = true; out.text = counts[0].text; }
    if (counts.length > 1) out.counts = counts;
    // Both patterns below need one of the source nouns inside a token; most sentences have none, and
    // joining their tokens into a text to test was most of this function's time (speed, issue 7).
    if (out.count === undefined && hasSourceNoun(tokens, start, end)) {
      const text = joinTokens(tokens, start, end, false);
      if (ANAPHORIC.test(text)) { out.anaphoric = true; out.anonymous = true; }
      else if (/\b(?:sources|people familiar|officials familiar|people close)\b/i.test(text)) out.anonymous = true;
      // ("… according to a French official who briefed reporters. The official said Aliyev had insisted …": one
      // unnamed person, referred back to; no count carried.)
      else if (ANAPHORIC_ONE.test(text)) out.anonymous = true;
    }
  }
  return out;
}

/**
 * Whether a token in [start, end) contains one of the nouns that ANAPHORIC and the anonymous-source pattern
 * need. A substring test of the lower-cased token: those patterns' ASCII letters, matched case-insensitively
 * anywhere in the joined text, lie inside one token and survive its lower-casing, so this never says no
 * where they would match.
 */
function hasSourceNoun(tokens: Token[], start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const w = tokens[i].lower;
    if (w.length >= 6 && (w.includes('people') || w.includes('source') || w.includes('official') || w.includes('diplomat') || w.includes('persons') || w.includes('insider'))) return true;
  }
  return false;
}

const PICTURE_WORDS = new Set(['photo', 'photos', 'picture', 'pictures', 'image', 'images', 'video', 'file', 'illustration', 'photograph', 'photographer']);
/** A picture's credit: "(PHOTO / AFP)", "(Photo: Reuters)", "Photo by AP" — a picture word shortly before the name. */
function pictureCredit(tokens: Token[], s: number, start: number): boolean {
  for (let k = s - 1; k >= Math.max(start, s - 4); k--) {
    if (PICTURE_WORDS.has(tokens[k].lower)) return true;
    if (tokens[k].text === '(' || tokens[k].word && !/^(?:by|via|credit|credits)$/.test(tokens[k].lower)) break;
  }
  return false;
}

/** The word right before an outlet's name and its "the" ("told the Financial Times" → "told"). */
function creditWord(tokens: Token[], s: number, start: number): string {
  let b = s - 1;
  if (b > start && tokens[b].lower === 'the') b--;
  return b >= start ? tokens[b].lower : '';
}

export const outletDescription = defineRule({
  id: 'discourse/outlet-description', stage: 'discourse',
  reason: 'A description set before an outlet\'s name ("reports the British broadcaster BBC", "according to the state news agency TASS", "told the German tabloid Bild") leaves the credit word where it is: the words of saying before the description credit the outlet named after it.',
});

/** How many words a description before an outlet's name may have ("the Russian state news agency": four). */
const DESCRIPTION_WORDS = 4;

/**
 * The first token of a description right before an outlet's name at `s` ("British broadcaster", "state news agency",
 * "German tabloid"): capitalised words and description nouns, with at least one noun (discourse/outlet-description).
 * `s` itself when there is none.
 */
function descriptionStart(tokens: Token[], s: number, start: number, nouns: ReadonlySet<string>): number {
  let b = s, noun = false;
  while (b > start && s - b < DESCRIPTION_WORDS && tokens[b - 1].word && (nouns.has(tokens[b - 1].lower) || tokens[b - 1].cap)) {
    if (nouns.has(tokens[b - 1].lower)) noun = true;
    b--;
  }
  return noun ? b : s;
}

export const creditLine = defineRule({
  id: 'discourse/credit-line', stage: 'discourse',
  reason: 'A short line of its own that names a wire and the publisher\'s share of the work ("The Canadian Press, with Herald files", "Reuters, with additional reporting by staff", "From Reuters and Herald correspondents", "From AFP and staff reports") is a credit line, as a bare "Reuters" line is: the story is on the wire\'s word.',
});

/** How many tokens a credit line may have ("Reuters, with additional reporting by Herald staff in Belgrade": eleven). */
const CREDIT_LINE_TOKENS = 12;

/**
 * A credit line (discourse/credit-line): the outlet at `s`..`e` opens a short line, after nothing or "From" (and "the"),
 * and the line goes on with ", with …" or "and … correspondents/staff reports".
 */
function isCreditLine(tokens: Token[], s: number, e: number, start: number, end: number, ownShare: ReadonlySet<string>): boolean {
  if (end - start > CREDIT_LINE_TOKENS || e >= end) return false;
  let b = s;
  if (b > start && tokens[b - 1].lower === 'the') b--;
  const from = b === start + 1 && tokens[start].lower === 'from';
  if (b !== start && !from) return false;
  if (tokens[e].text === ',' && tokens[e + 1]?.lower === 'with' && !from) return true;
  return from && tokens[e].lower === 'and' && ownShare.has(tokens[end - 1].lower);
}

function isCredited(tokens: Token[], s: number, e: number, start: number, end: number, descriptionNouns: ReadonlySet<string>, ownShare: ReadonlySet<string>): false | 'text' | 'dateline' {
  const before = (k: number) => joinTokens(tokens, Math.max(start, s - k), s, true);
  // "(BBC)" or "/TASS/" around the name: a wire or dateline credit.
  // A byline: the outlet is the whole sentence ("Reuters" on a line of its own).
  if (s === start && e === end) return 'dateline';
  // A byline naming an agency on its own line: "By Xinhua", "By AFP".
  if (s === start + 1 && e === end && tokens[start].lower === 'by') return 'dateline';
  // "The Canadian Press, with Herald files", "From Reuters and Herald correspondents": a credit line (discourse/credit-line).
  if (isCreditLine(tokens, s, e, start, end, ownShare)) return 'dateline';
  // A byline naming the reporter's agency after the names: "By Jane Doe, The Canadian Press", "By Jane Doe and John
  // Roe, Associated Press | Updated …": a wire story a paper runs (discourse/byline-agency; the publisher's own name
  // there, "By Jane Doe, Valley Herald", is left to the publisher's check in attach.ts).
  if (tokens[start].lower === 'by' && s > start + 2 && (tokens[s - 1].text === ',' || (tokens[s - 1].lower === 'the' && tokens[s - 2]?.text === ','))
    && (e === end || tokens[e].text === '|' || tokens[e].text === '/')) return 'dateline';
  // ("(PHOTO / AFP)", "(Photo: Reuters)": a picture's credit, not the text's.)
  if (pictureCredit(tokens, s, start)) return false;
  // "(UrduPoint News / Sputnik - 20th May, 2022)": an outlet inside a parenthesised dateline.
  if (s > start && tokens[s - 1].text === '/' && e < end && (tokens[e].text === '-' || tokens[e].text === ')' || tokens[e].text === ',')) {
    for (let k = s - 2; k >= Math.max(start, s - 6); k--) if (tokens[k].text === '(') return 'dateline';
  }
  // "(dpa/GNA)": two credits in one dateline, the known one counts.
  if (s > start && e < end && ((tokens[s - 1].text === '(' && (tokens[e].text === ')' || tokens[e].text === '/')) || (tokens[s - 1].text === '/' && (tokens[e].text === '/' || tokens[e].text === ')')))) return 'dateline';
  // Skip "the" and a capitalised modifier: "according to the American Bloomberg Agency".
  // (And a description before the name: "reports the British broadcaster BBC", discourse/outlet-description.)
  let b = descriptionStart(tokens, s, start, descriptionNouns);
  const d = b;
  while (b > start && (tokens[b - 1].lower === 'the' || (tokens[b - 1].cap && b < d + 1 && b - 1 > start && tokens[b - 2].lower === 'the'))) b--;
  for (const k of [1, 2, 3]) {
    const w = joinTokens(tokens, Math.max(start, b - k), b, true);
    if (CREDIT_BEFORE.has(w)) return 'text';
  }
  void before;
  // "The Vistula Times, citing three diplomats, reported …": a short aside between the name and its verb.
  if (e < end && tokens[e].text === ',' && (tokens[e + 1]?.lower === 'citing' || tokens[e + 1]?.lower === 'quoting')) {
    let k = e + 2;
    while (k < end && k - e <= 10 && tokens[k].text !== ',') k++;
    if (k + 1 < end && tokens[k].text === ',' && CREDIT_AFTER.has(tokens[k + 1].lower) && tokens[k + 1].lower !== 'has') return 'text';
  }
  if (e < end && CREDIT_AFTER.has(tokens[e].lower)) {
    // "Bloomberg has learned", "the FT reported"; but not "The FT has not commented".
    if (tokens[e].lower === 'has') return e + 1 < end && ['learned', 'reported', 'seen'].includes(tokens[e + 1].lower) ? 'text' : false;
    return 'text';
  }
  return false;
}
