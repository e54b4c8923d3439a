// Transcripts and interviews: "PESKOV: …", "Sybiha: …", "Q: … A: …" — a paragraph that opens with a speaker's
// label and a colon is that speaker's words, as if quoted (issue 7, holders).
import { joinTokens, type Token } from './tokenize.js';
import type { SentenceSpan } from './sentences.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const speakerLabel = defineRule({
  id: 'discourse/speaker-label', stage: 'discourse',
  reason: 'A transcript or interview paragraph that opens with a speaker\'s label and a colon ("ALIYEV: The language of ultimatums is unacceptable to us.", "Kurti: Serbia must release every prisoner.", "A: We are ready.") is the labelled speaker\'s answer, read as a quote of that speaker: its "we", "us", "our" and a definite "the president" are the speaker\'s party, its stances the speaker\'s. A question\'s label ("QUESTION (French radio):", "Q:", the outlet\'s name) speaks for no party, and the parties its question names hold nothing of the answer; a bare "A:" answers for the last speaker labelled by name, else for the person the article introduced first.',
});

defineRule({
  id: 'discourse/titled-label', stage: 'discourse',
  reason: 'A transcript\'s label that puts title words before a person the lexicon knows ("FEDERAL CHANCELLOR MERZ:", "PRESIDENT ALIYEV (interpreted):", "SENATOR SHAHEEN:", "FOREIGN MINISTER SYBIHA:") is that person\'s, as the name alone would be ("MERZ:"); the words skipped are the title words of the speaker-label data (\'titles\'), and a label whose words are all titles stays unknown.',
});

defineRule({
  id: 'discourse/enumerated-points', stage: 'discourse',
  reason: 'A speaker who announces points ("MERZ: I would like to summarise the five points …") goes on speaking in the paragraphs that number them ("First: Kosovo must sit at the table …", "Second: …", "Finally: …"): an ordinal heading a paragraph with a colon is no speaker\'s label, and the paragraphs it heads right after a labelled turn belong to that turn, until a paragraph with no such ordinal.',
});

/**
 * The end of a labelled turn `l` extended over the paragraphs right after it that an enumerator and a colon open
 * ("First: …", "Second: …"), discourse/enumerated-points; `l.paraEnd` when none follows.
 */
export function enumeratedPointsEnd(l: SpeakerLabel, tokens: Token[], sentenceOf: Int32Array, sentences: SentenceSpan[], enumerators: Set<string>): number {
  const paragraph = (i: number) => sentences[sentenceOf[i]]?.paragraph ?? -1;
  let end = l.paraEnd;
  while (end < tokens.length && enumeratorAt(tokens, end, paragraph, enumerators) > 0) {
    const para = paragraph(end);
    while (end < tokens.length && paragraph(end) === para) end++;
  }
  return end;
}

/** The colon after an enumerator that opens the paragraph at `i` ("First:", "Point two:"), else -1. */
function enumeratorAt(tokens: Token[], i: number, paragraph: (i: number) => number, enumerators: Set<string>): number {
  for (const n of [1, 2]) {
    if (tokens[i + n]?.text !== ':' || paragraph(i + n) !== paragraph(i)) continue;
    if (tokens[i].word && (n === 1 || tokens[i + 1].word) && enumerators.has(joinTokens(tokens, i, i + n, true))) return i + n;
  }
  return -1;
}

/** A speaker's label at the head of a paragraph. */
export interface SpeakerLabel {
  /** The label's words: tokens [start, end). */
  start: number;
  end: number;
  /** The colon after the label (and after a parenthesis: "QUESTION (French radio):"). */
  colon: number;
  /** The first token after the paragraph. */
  paraEnd: number;
  /**
   * 'question': an interviewer, or a chair ("Mr Speaker:"); 'answer': a bare "A:"; 'named': a name, to be looked
   * up; 'office': a government office held by the record's host ("The Minister:", "The Secretary of State for
   * Foreign Affairs (David Lammy):", discourse/record-turns).
   */
  kind: 'question' | 'answer' | 'named' | 'office';
  /** Capitalised words in the label's parentheses ("(David Lammy)"): the office holder's name, for later labels. */
  names?: string[];
}

export const recordTurns = defineRule({
  id: 'discourse/record-turns', stage: 'discourse',
  reason: 'A parliamentary record or a briefing transcript names its host in its title or opening ("House of Commons", "Bundestag", "State Department press briefing"): a label for a government office ("The Minister:", "The Secretary of State for Foreign Affairs (David Lammy):", "The Federal Foreign Minister:") or, in a briefing, an unknown spokesperson\'s ("MS. BRUCE:") speaks for the host\'s state, and the speaker\'s turn runs over the paragraphs after it until the next label; in the turn "we", "our" and "the Government" ("this Government", "His Majesty\'s Government") are that state. A member\'s label ("Dame Priti Patel (Maldon) (Con):") and the chair\'s ("Mr Speaker:") speak for no party.',
});

/** Titles before a chair's or a member's name ("Mr Speaker", "Madam Deputy Speaker"). */
const TITLE_WORDS = new Set(['mr', 'mrs', 'ms', 'madam', 'madame', 'the', 'dame', 'sir', 'dr', 'herr', 'frau', 'm', 'mme']);

/** Words a label may have at most, before the colon or the parenthesis. */
const MAX_LABEL_WORDS = 3;
/** Tokens a parenthesis after the label may have ("(Ukrainian service of a German broadcaster)"). */
const MAX_PARENTHESIS = 12;

/** Tokens a record's long label may have before its colon ("The Minister of State, Foreign, Commonwealth and Development Office:"). */
const MAX_LONG_LABEL = 24;

/**
 * A parliamentary record's or a briefing's label at token i, in its paragraph (discourse/record-turns): capitalised
 * words, the lower-case joining words of an office's title ("of", "for", "and"), commas, dots of "MS." and at most
 * two parentheses ("Dame Priti Patel (Maldon) (Con):"), up to a colon. Returns the colon, the end of the label's
 * words (before the first parenthesis) and the parentheses' capitalised words; else null.
 */
function longLabel(tokens: Token[], i: number, para: number, paragraph: (i: number) => number, joining: Set<string>): { colon: number; end: number; names: string[] } | null {
  let j = i, end = -1, parens = 0;
  const names: string[] = [];
  while (j < tokens.length && j - i < MAX_LONG_LABEL && paragraph(j) === para) {
    const t = tokens[j];
    if (t.text === ':') break;
    if (t.text === '(') {
      if (++parens > 2 || j === i) return null;
      if (end < 0) end = j;
      const from = j;
      j++;
      while (j < tokens.length && j - from < MAX_PARENTHESIS && tokens[j].text !== ')' && paragraph(j) === para) { if (tokens[j].cap && tokens[j].word) names.push(tokens[j].text); j++; }
      if (tokens[j]?.text !== ')') return null;
      j++;
      continue;
    }
    // (After a parenthesis only another parenthesis or the colon: "(Maldon) (Con):".)
    if (end >= 0) return null;
    const ok = (t.word && (t.cap || joining.has(t.lower))) || t.text === ',' || t.text === '.' || t.text === '-';
    if (!ok) return null;
    j++;
  }
  if (tokens[j]?.text !== ':' || paragraph(j) !== para || j === i) return null;
  if (end < 0) end = j;
  // (The label's words start and end with a capitalised word: "The Minister", not "In short, and".)
  let e = end;
  while (e > i && tokens[e - 1].text === '.') e--;
  if (!tokens[e - 1]?.cap || !tokens[i].cap) return null;
  return { colon: j, end: e, names };
}

/** The one-letter initials after a surname in a record's label ("R. E."). */
const MAX_INITIALS = 3;

/**
 * A verbatim record's label without a colon (discourse/record-turns): a surname in capitals and its initials, "UMEROV
 * R. E. Dear colleagues …", or a title and a surname in capitals, "Mr. GARCIA. Madam Speaker, …", or a chair's or
 * an office's word in capitals, "CHAIRMAN. Thank you.", ended by a full stop. Returns the stop (as the label's colon)
 * and the end of the label's words (the surname, without its initials and title); else null. A word in capitals
 * alone ("KYIV. The talks …", a dateline) is no label.
 */
function stenoLabel(tokens: Token[], i: number, para: number, paragraph: (i: number) => number, chairs: Set<string>, offices: Set<string>): { colon: number; end: number } | null {
  const caps = (t: Token | undefined) => !!t && t.word && t.text.length > 1 && /\p{Lu}/u.test(t.text) && t.text === t.text.toUpperCase() && !/\d/.test(t.text);
  let j = i, titled = false;
  if (TITLE_WORDS.has(tokens[j].lower) && tokens[j].lower !== 'the' && !caps(tokens[j])) { titled = true; j++; if (tokens[j]?.text === '.') j++; }
  const from = j;
  while (j < tokens.length && j - from < 2 && caps(tokens[j]) && paragraph(j) === para) j++;
  if (j === from) return null;
  const end = j;
  let initials = 0;
  while (initials < MAX_INITIALS && tokens[j]?.text.length === 1 && /\p{Lu}/u.test(tokens[j].text) && tokens[j + 1]?.text === '.') { initials++; j += 2; }
  if (initials) j--;
  else if (tokens[j]?.text !== '.') return null;
  if (paragraph(j) !== para || !tokens[j + 1]?.cap) return null;
  const words = tokens.slice(from, end).map((t) => t.lower).join(' ');
  if (!initials && !titled && !chairs.has(words) && !tokens.slice(from, end).some((t) => offices.has(t.lower))) return null;
  return { colon: j, end };
}

/** The labels that open paragraphs, in text order. */
export function findSpeakerLabels(tokens: Token[], sentences: SentenceSpan[], sentenceOf: Int32Array, index: LexiconIndex): SpeakerLabel[] {
  const questions = index.words(speakerLabel.id, 'questions');
  const answers = index.words(speakerLabel.id, 'answers');
  const offices = index.words(recordTurns.id, 'offices'), chairs = index.words(recordTurns.id, 'chairs'), joining = index.words(recordTurns.id, 'joining');
  const enumerators = index.words(speakerLabel.id, 'enumerators');
  const out: SpeakerLabel[] = [];
  const paragraph = (i: number) => sentences[sentenceOf[i]]?.paragraph ?? -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && paragraph(i - 1) === paragraph(i)) continue;
    const para = paragraph(i);
    // ("First: Kosovo must sit at the table": a numbered point, no speaker's label; discourse/enumerated-points.)
    if (enumeratorAt(tokens, i, paragraph, enumerators) > 0) continue;
    let j = i;
    while (j < tokens.length && j - i < MAX_LABEL_WORDS && tokens[j].word && tokens[j].cap && paragraph(j) === para) j++;
    let end = j, colon = -1, names: string[] = [], steno: { colon: number; end: number } | null;
    if (j > i && tokens[j]?.text === '(') {
      const from = j;
      while (j < tokens.length && j - from < MAX_PARENTHESIS && tokens[j].text !== ')' && paragraph(j) === para) j++;
      // ("PRESIDENT OF SERBIA (Aleksandar Vucic):": the parentheses' capitalised words, a person's name that a title
      // the lexicon does not know leaves to be looked up, discourse/repeated-label.)
      if (tokens[j]?.text === ')') { for (let k = from + 1; k < j; k++) if (tokens[k].cap && tokens[k].word) names.push(tokens[k].text); j++; }
    }
    if (j > i && tokens[j]?.text === ':' && paragraph(j) === para) colon = j;
    else if ((steno = stenoLabel(tokens, i, para, paragraph, chairs, offices))) ({ colon, end } = steno);
    else {
      // (A record's longer label: an office's title, "MS. BRUCE", a member and a constituency, discourse/record-turns.)
      const long = longLabel(tokens, i, para, paragraph, joining);
      if (!long) continue;
      ({ colon, end, names } = long);
    }
    let paraEnd = colon + 1;
    while (paraEnd < tokens.length && paragraph(paraEnd) === para) paraEnd++;
    // (The answer has words: a label over an empty line, "Source:", is no speaker.)
    if (paraEnd - colon < 3) continue;
    const words = tokens.slice(i, end).filter((t) => t.word);
    const label = words.map((t) => t.lower).join(' ');
    // ("Mr Speaker:", "Madam Deputy Speaker:", "The Chair:": the chair keeps order and speaks for no party.)
    const chair = chairs.has(words.filter((t) => !TITLE_WORDS.has(t.lower)).map((t) => t.lower).join(' '));
    const office = !chair && words.some((t) => offices.has(t.lower));
    const kind = questions.has(label) || chair ? 'question' : answers.has(label) ? 'answer' : office ? 'office' : 'named';
    out.push({ start: i, end, colon, paraEnd, kind, ...(names.length ? { names } : {}) });
    i = paraEnd - 1;
  }
  return out;
}
