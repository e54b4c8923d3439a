// Parliamentary records and briefing transcripts: who speaks for whom (discourse/record-turns, issue 7, holders).
// A record's host (the parliament's state, the briefing's government) answers under office labels ("The
// Minister:") and, in a briefing, under its spokesperson's unknown name ("MS. BRUCE:"); the turn runs until the
// next label, and its "the Government" is the host.
import type { Token } from './tokenize.js';
import { tokenize } from './tokenize.js';
import type { SentenceSpan } from './sentences.js';
import type { LexiconIndex, NameValue } from './lexicon-index.js';
import type { SpeakerLabel } from './speaker-labels.js';
import { recordTurns } from './speaker-labels.js';
import { defineRule } from '../extract/rules/registry.js';

export interface RecordHost {
  /** The state whose government answers in the record. */
  code: string;
  /** A parliament's record (members ask, the government answers), not a government's own briefing. */
  parliament: boolean;
}

defineRule({
  id: 'discourse/record-host-adjective', stage: 'discourse',
  reason: '"Transcript: Chinese Foreign Ministry regular press conference (Ukraine-related questions)": a party adjective before an office or role ("Chinese Foreign Ministry", "Turkish government") names the briefing\'s host as a party name would; without it the first party the title names ("Ukraine-related") would host the briefing and its spokesperson\'s "we" would be that party.',
});

/** Paragraphs of the body read for the host, after the title. */
const OPENING_PARAGRAPHS = 3;
/** Characters of the opening read at most. */
const OPENING_CHARS = 600;

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Each phrase's pattern, compiled once: the lists are the lexicon's, read for every document (speed: building the
 *  ~40 expressions again for every article was ~0.8% of `parley extract`'s time). */
const phrasePatterns = new Map<string, RegExp>();
const hasPhrase = (hay: string, phrase: string) => {
  // (The phrase's own letters first: a plain substring test rules out most phrases without running the pattern,
  //  whose \p{L} edges make it the slower test; speed.)
  if (!hay.includes(phrase)) return false;
  let re = phrasePatterns.get(phrase);
  if (re === undefined) { re = new RegExp(`(?:^|[^\\p{L}])${escape(phrase)}(?:$|[^\\p{L}])`, 'u'); phrasePatterns.set(phrase, re); }
  return re.test(hay);
};

/**
 * The record's host: a parliament named in the title or the opening paragraphs ("House of Commons" → GBR), else,
 * when the title or opening calls the text a briefing or press conference, the first party the title (else the
 * opening) names ("State Department press briefing" → USA); null for any other article.
 */
export function recordHost(title: string, text: string, sentences: SentenceSpan[], tokens: Token[], index: LexiconIndex, pick: (values: NameValue[]) => NameValue): RecordHost | null {
  const firstPara = sentences[0]?.paragraph ?? 0;
  let endChar = 0;
  for (const s of sentences) { if (s.paragraph >= firstPara + OPENING_PARAGRAPHS) break; endChar = s.end; }
  const opening = text.slice(0, Math.min(endChar, OPENING_CHARS));
  const hay = `${title}\n${opening}`.toLowerCase();
  for (const w of index.words(recordTurns.id, 'parliaments')) {
    const eq = w.lastIndexOf('=');
    if (eq > 0 && hasPhrase(hay, w.slice(0, eq))) return { code: w.slice(eq + 1).toUpperCase(), parliament: true };
  }
  if (![...index.words(recordTurns.id, 'briefings')].some((w) => hasPhrase(hay, w))) return null;
  const partyIn = (toks: Token[], to = toks.length): string | null => {
    for (let i = 0; i < to; i++) {
      const hit = index.names.matchAt(toks, i, to);
      if (!hit) continue;
      const v = pick(hit.values);
      if (v.kind === 'party' && !v.members && v.code) return v.code;
      // "Chinese Foreign Ministry regular press conference (Ukraine-related questions)": a party adjective before an
      // office or role is the host, not a party named later in the title (discourse/record-host-adjective).
      if (v.kind === 'adjective' && v.code && index.roles.matchAt(toks, hit.end)) return v.code;
      i = hit.end - 1;
    }
    return null;
  };
  const openingEnd = tokens.findIndex((t) => t.start >= opening.length);
  const code = partyIn(tokenize(title)) ?? partyIn(tokens, openingEnd < 0 ? tokens.length : openingEnd);
  return code ? { code, parliament: false } : null;
}

/** Honorifics before a spokesperson's surname in a briefing's label ("MS. BRUCE:", "Mr Price:"). */
const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'miss', 'dr', 'madam', 'madame', 'm', 'mme', 'herr', 'frau']);

/**
 * Whether label `l` speaks for the record's host: a government office's label, one whose last word names an
 * office holder seen in an earlier office label's parentheses ("Mr Lammy:" after "… (Mr David Lammy):"), or, in a
 * briefing (not a parliament, where such labels are members), an honorific and a surname ("MS. BRUCE:").
 */
export function speaksForHost(l: SpeakerLabel, tokens: Token[], host: RecordHost | null, officeNames: Set<string>): boolean {
  if (!host) return false;
  if (l.kind === 'office') return true;
  if (l.kind !== 'named') return false;
  const words = tokens.slice(l.start, l.end).filter((t) => t.word);
  const last = words[words.length - 1]?.text ?? '';
  if (officeNames.has(last.toLowerCase())) return true;
  return !host.parliament && words.length === 2 && HONORIFICS.has(words[0].lower);
}

/**
 * The end (first token) of a host speaker's turn that opens at `l`: the next paragraph opened by any label, or by
 * a parenthesis ("(The briefing was concluded at 2:51 p.m.)"), else the text's end.
 */
export function turnEnd(l: SpeakerLabel, tokens: Token[], sentenceOf: Int32Array, sentences: SentenceSpan[], labelStarts: Set<number>): number {
  let i = l.paraEnd;
  while (i < tokens.length) {
    if (labelStarts.has(i) || tokens[i].text === '(' || tokens[i].text === '[') return i;
    const para = sentences[sentenceOf[i]]?.paragraph;
    while (i < tokens.length && sentences[sentenceOf[i]]?.paragraph === para) i++;
  }
  return tokens.length;
}

/**
 * "The Government welcome that work", "this Government", "His Majesty's Government", "our Government": in a host
 * speaker's turn, the speaker's own government. Token ranges [start, end) of each, not before "of" or "in" ("the
 * Government of Ukraine").
 */
export function ownGovernments(tokens: Token[], from: number, to: number): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (tokens[i].lower !== 'government') continue;
    const next = tokens[i + 1]?.lower ?? '';
    if (next === 'of' || next === 'in') continue;
    const prev = tokens[i - 1]?.lower ?? '';
    if (prev === 'the' || prev === 'this' || prev === 'our') { out.push([i - 1, i + 1]); continue; }
    // ("His Majesty's Government", "Her Majesty's Government".)
    if (prev === 's' && tokens[i - 2]?.text === "'" && tokens[i - 3]?.lower === 'majesty' && /^(?:his|her)$/.test(tokens[i - 4]?.lower ?? '')) out.push([i - 4, i + 1]);
  }
  return out;
}
