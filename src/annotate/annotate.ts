// Builds the annotated document: tokens, sentences and paragraphs, and every mention the
// extractor needs (actors, places, outlets, cues, issue terms, dates, attribution).
import { markAsides } from './asides.js';
import { addIssueFrames } from './issue-frames.js';
import { addNumberedExchanges } from './numbered-exchange.js';
import { dropExchangesOfThings } from './exchange-of-things.js';
import { dropComparisons } from './issue-comparison.js';
import { dropCeasefireLines } from './ceasefire-line.js';
import { dropActingAlliance } from './acting-alliance.js';
import { retagEuMembership } from './eu-membership.js';
import { dropDeliveredDocuments } from './delivered-document.js';
import { addParticipation } from './party-participation.js';
import { addRementions, type Rementions } from './issue-remention.js';
import type { LexiconIndex, IssueTerm } from './lexicon-index.js';
import type { CueEntry } from '../lexicon/vocab.js';
import type { PhraseMatch } from './phrase-matcher.js';
import { tokenize, type Token } from './tokenize.js';
import { splitSentences, type SentenceSpan } from './sentences.js';
import { findMentions, type MentionSet } from './mentions.js';
import { findDates, type DateMention } from './dates.js';
import { addAnchoredDays } from './anchored-days.js';
import { applyNarrativeYear } from './narrative-year.js';
import { retrospectiveYears, reviewYears } from './retrospective-year.js';
import { anchorDate } from './anchor.js';
import { findSentenceSource, type SentenceSource } from './sources.js';
import { markSingleQuotes } from './single-quotes.js';
import { readModalContractions } from './contractions.js';
import { wordClassTable } from './word-classes.js';
import { SentenceWords } from './sentence-words.js';

export interface Sentence extends SentenceSpan {
  index: number;
  /** Token range [tStart, tEnd). */
  tStart: number;
  tEnd: number;
  /** The word-class bits of its tokens together (word-classes.ts): whether any token is in a class. */
  classes: number;
}

export interface Doc {
  text: string;
  /** The publication date, or the anchor date read from the text when the header has none. */
  published: string | null;
  /** The date above was read from the text (a dateline, a caption), not from the header. */
  anchoredFromText: boolean;
  tokens: Token[];
  sentences: Sentence[];
  sentenceOf: Int32Array;
  mentions: MentionSet;
  cues: PhraseMatch<CueEntry>[];
  issues: PhraseMatch<IssueTerm>[];
  index: LexiconIndex;
  /** Lookups built once per document, so that the extractor never scans every mention per token. */
  actorsBySentence: Map<number, import('./mentions.js').ActorMention[]>;
  cuesBySentence: Map<number, PhraseMatch<CueEntry>[]>;
  placeAt: Map<number, import('./mentions.js').PlaceMention>;
  issueAt: Map<number, PhraseMatch<IssueTerm>>;
  /** The principal sides of the negotiation in force at a sentence: the sides of the dispute of its paragraph or
   * document, else the lexicon's pair (discourse/principal-sides). Others are mediators, backers, onlookers. */
  principalsAt(sentence: number): string[];
  /** Words naming a principal side that has no party code ("hamas", "rsf"), at a sentence. */
  principalNamesAt(sentence: number): string[];
  /** The years a retrospective's title looks back on, none for a news report (discourse/retrospective-year). */
  retrospective?: ReadonlySet<number>;
  /** Lazily computed per sentence. */
  dates(sentence: number): DateMention[];
  source(sentence: number): SentenceSource;
  /** Which sentences hold a word of a list (sentence-words.ts): a rule's precheck before its token loop. */
  sentenceWords: SentenceWords;
}

/** Every field of SentenceSpan, copied into each Sentence in annotate(): a new field must be added there too. */
const SPAN_FIELDS: Record<keyof SentenceSpan, true> = { start: true, end: true, paragraph: true };
void SPAN_FIELDS;

/** `siteParty`: the government whose own page this is (discourse/official-site, from the URL or the outlet), or null. */
export function annotate(text: string, published: string | null, index: LexiconIndex, title: string | null = null, siteParty: string | null = null): Doc {
  // ("we'll", "won't": a contracted modal reads as the modal, discourse/modal-contractions.)
  const tokens = readModalContractions(tokenize(text), index);
  // (Before the first-word table: a quotation's single marks become '"' tokens, discourse/single-quotes.)
  markSingleQuotes(tokens, text);
  // Each token's first-word entries and word-class bits (one lookup for both).
  index.firstWords.mark(tokens, wordClassTable(index));
  const spans = splitSentences(text);
  const sentences: Sentence[] = [];
  const sentenceOf = new Int32Array(tokens.length);
  let t = 0;
  spans.forEach((s, k) => {
    while (t < tokens.length && tokens[t].start < s.start) { sentenceOf[t] = Math.max(0, k - 1); t++; }
    const tStart = t;
    let classes = 0;
    while (t < tokens.length && tokens[t].start < s.end) { sentenceOf[t] = k; classes |= tokens[t].classes; t++; }
    // Field by field: a spread of the span was eight times slower here (speed, issue 7). SPAN_FIELDS
    // below stops the build if SentenceSpan gains a field this line would drop.
    sentences.push({ start: s.start, end: s.end, paragraph: s.paragraph, index: k, tStart, tEnd: t, classes });
  });
  for (; t < tokens.length; t++) sentenceOf[t] = Math.max(0, sentences.length - 1);
  // No publication date: a dateline, caption or other full date in the text anchors relative dates.
  let anchoredFromText = false;
  if (!published) { published = anchorDate(text, spans); anchoredFromText = !!published; }
  const mentions = findMentions(tokens, sentences, sentenceOf, index, published, text, title ?? '', siteParty);
  // Cue and issue matches per sentence, so a phrase never spans a sentence boundary.
  const cues: PhraseMatch<CueEntry>[] = [];
  const issues: PhraseMatch<IssueTerm>[] = [];
  const group = <T>(xs: T[], key: (x: T) => number) => { const m = new Map<number, T[]>(); for (const x of xs) { const k = key(x); const l = m.get(k); if (l) l.push(x); else m.set(k, [x]); } return m; };
  const actorsBySentence = group(mentions.actors.filter((a) => a.codes.length), (a) => a.sentence);
  const rementions: Rementions = new Map();
  // (Where a region's name starts, a coded region or a name that is no party: "the status of Crimea", "the status of
  // Transnistria" are the region's, not a status named before, discourse/place-owned-head.)
  const regionStarts = new Set(mentions.places.filter((p) => p.codes.some((c) => c.includes('-'))).map((p) => p.start));
  const partyStarts = new Set(mentions.actors.map((a) => a.start));
  for (const p of mentions.places) partyStarts.add(p.start);
  for (let k = 1; k < tokens.length; k++) if (tokens[k].cap && tokens[k].word && !partyStarts.has(k) && !regionStarts.has(k)) regionStarts.add(k);
  for (const s of sentences) {
    markAsides(tokens, s.tStart, s.tEnd, index);
    for (const m of index.cues.findAll(tokens, s.tStart, s.tEnd)) cues.push(m);
    const found = index.issues.findAll(tokens, s.tStart, s.tEnd);
    dropComparisons(tokens, index, found);
    dropDeliveredDocuments(tokens, index, found);
    dropExchangesOfThings(tokens, found);
    addIssueFrames(tokens, s.tStart, s.tEnd, index, found);
    addNumberedExchanges(tokens, s.tStart, s.tEnd, index, found);
    addParticipation(tokens, s.tStart, s.tEnd, index, actorsBySentence.get(s.index), found);
    addRementions(tokens, s.tStart, s.tEnd, index, found, rementions, regionStarts);
    dropCeasefireLines(tokens, index, found);
    dropActingAlliance(tokens, index, found);
    retagEuMembership(tokens, index, found);
    for (const m of found) issues.push(m);
  }
  const cuesBySentence = group(cues, (c) => sentenceOf[c.start]);
  const placeAt = new Map(mentions.places.map((p) => [p.start, p] as const));
  const issueAt = new Map(issues.map((m) => [m.start, m] as const));
  const outletsBySentence = new Map<number, typeof mentions.outlets>();
  for (const o of mentions.outlets) { const l = outletsBySentence.get(o.sentence); if (l) l.push(o); else outletsBySentence.set(o.sentence, [o]); }
  const dateCache = new Map<number, DateMention[]>();
  // (The years a retrospective's title looks back on, discourse/retrospective-year.)
  let retro = retrospectiveYears(title, published);
  // (A review of a book retelling its subject's years, given in its opening paragraphs, discourse/review-year.)
  if (!retro.size) retro = reviewYears(title, published, sentences.map((s) => s.paragraph), (k) => findDates(text.slice(sentences[k].start, sentences[k].end), sentences[k].start, published));
  const sourceCache = new Map<number, SentenceSource>();
  // (A month with no year takes the narrative's year, discourse/narrative-year: read once, when the sentence's dates are.)
  const datesOf = (k: number): DateMention[] => {
    let d = dateCache.get(k);
    if (!d) {
      const s = sentences[k];
      d = findDates(text.slice(s.start, s.end), s.start, published);
      dateCache.set(k, d);
      if (published && d.some((m) => m.yearless)) applyNarrativeYear(text, d, k, sentences, datesOf, published, retro);
      // ("The day before, in Kyiv, …": a day counted from the last one the story named, discourse/anchored-days.)
      addAnchoredDays(text, d, k, sentences, datesOf, published);
    }
    return d;
  };
  // (No sentence's dates are read here: the extractor asks for the few sentences it needs, when a claim is made or a
  // rule looks back. A sentence's dates are a pure function of its text, its offset, the publication date and the
  // sentences before it (narrative-year and anchored-days read only earlier ones), so the order of the calls changes
  // nothing. Filling them here for every sentence with a cue (98b0c39) parsed on the dev articles 8,448 sentences of
  // which 2,904 were never asked for, 42% of that pass's time: speed, thirty-second session, bench/README.md.)
  return {
    text, published, anchoredFromText, tokens, sentences, sentenceOf, mentions, cues, issues, index, actorsBySentence, cuesBySentence, placeAt, issueAt,
    principalsAt: mentions.principals.at,
    principalNamesAt: mentions.principals.namesAt,
    dates: datesOf,
    retrospective: retro,
    sentenceWords: new SentenceWords(tokens, sentences),
    source(k) {
      let r = sourceCache.get(k);
      if (!r) {
        const s = sentences[k];
        r = findSentenceSource(tokens, s.tStart, s.tEnd, outletsBySentence.get(k) ?? [], index);
        sourceCache.set(k, r);
      }
      return r;
    },
  };
}
