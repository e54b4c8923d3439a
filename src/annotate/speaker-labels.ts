// Transcripts and interviews: "PESKOV: …", "Sybiha: …", "Q: … A: …" — a paragraph that opens with a speaker's
// label and a colon is that speaker's words, as if quoted (issue 7, holders).
import type { Token } from './tokenize.js';
import type { SentenceSpan } from './sentences.js';
import type { LexiconIndex } from './lexicon-index.js';
import { defineRule } from '../extract/rules/registry.js';

export const speakerLabel = defineRule({
  id: 'discourse/speaker-label', stage: 'discourse',
  reason: 'A transcript or interview paragraph that opens with a speaker\'s label and a colon ("ALIYEV: The language of ultimatums is unacceptable to us.", "Kurti: Serbia must release every prisoner.", "A: We are ready.") is the labelled speaker\'s answer, read as a quote of that speaker: its "we", "us", "our" and a definite "the president" are the speaker\'s party, its stances the speaker\'s. A question\'s label ("QUESTION (French radio):", "Q:", the outlet\'s name) speaks for no party, and the parties its question names hold nothing of the answer; a bare "A:" answers for the last speaker labelled by name, else for the person the article introduced first.',
});

/** A speaker's label at the head of a paragraph. */
export interface SpeakerLabel {
  /** The label's words: tokens [start, end). */
  start: number;
  end: number;
  /** The colon after the label (and after a parenthesis: "QUESTION (French radio):"). */
  colon: number;
  /** The first token after the paragraph. */
  paraEnd: number;
  /** 'question': an interviewer; 'answer': a bare "A:"; 'named': a name, to be looked up. */
  kind: 'question' | 'answer' | 'named';
}

/** Words a label may have at most, before the colon or the parenthesis. */
const MAX_LABEL_WORDS = 3;
/** Tokens a parenthesis after the label may have ("(Ukrainian service of a German broadcaster)"). */
const MAX_PARENTHESIS = 12;

/** The labels that open paragraphs, in text order. */
export function findSpeakerLabels(tokens: Token[], sentences: SentenceSpan[], sentenceOf: Int32Array, index: LexiconIndex): SpeakerLabel[] {
  const questions = index.words(speakerLabel.id, 'questions');
  const answers = index.words(speakerLabel.id, 'answers');
  const out: SpeakerLabel[] = [];
  const paragraph = (i: number) => sentences[sentenceOf[i]]?.paragraph ?? -1;
  for (let i = 0; i < tokens.length; i++) {
    if (i > 0 && paragraph(i - 1) === paragraph(i)) continue;
    const para = paragraph(i);
    let j = i;
    while (j < tokens.length && j - i < MAX_LABEL_WORDS && tokens[j].word && tokens[j].cap && paragraph(j) === para) j++;
    if (j === i) continue;
    const end = j;
    if (tokens[j]?.text === '(') {
      const from = j;
      while (j < tokens.length && j - from < MAX_PARENTHESIS && tokens[j].text !== ')' && paragraph(j) === para) j++;
      if (tokens[j]?.text !== ')') continue;
      j++;
    }
    if (tokens[j]?.text !== ':' || paragraph(j) !== para) continue;
    const colon = j;
    let paraEnd = colon + 1;
    while (paraEnd < tokens.length && paragraph(paraEnd) === para) paraEnd++;
    // (The answer has words: a label over an empty line, "Source:", is no speaker.)
    if (paraEnd - colon < 3) continue;
    const label = tokens.slice(i, end).map((t) => t.lower).join(' ');
    const kind = questions.has(label) ? 'question' : answers.has(label) ? 'answer' : 'named';
    out.push({ start: i, end, colon, paraEnd, kind });
    i = paraEnd - 1;
  }
  return out;
}
