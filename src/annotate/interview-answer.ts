// Interviews: the party a question asks about is the "they" of its answer (issue 7, holders).
import type { Token } from './tokenize.js';
import type { ActorMention } from './mentions.js';
import { defineRule } from '../extract/rules/registry.js';

export const answerThey = defineRule({
  id: 'discourse/answer-they', stage: 'discourse',
  reason: '\'What did the Russian side put on the table? "A memorandum … It offered us two paths. … For a final settlement they want …"\': in a quoted answer that opens right after a question, a "they" with no party named before it in the answer is the party the question asked about, however many sentences into the answer it comes (people named in the answer, "The protesters were furious. They want …", are what it stands for instead: discourse/people-plurals).',
});

export const answerHe = defineRule({
  id: 'discourse/answer-he', stage: 'discourse',
  reason: '\'HOST: On Thursday President Aliyev said he backs the idea, but with conditions. What are the conditions? ENVOY: Well, he has been clear about some of them. He wants …\': in an answer that opens right after a question, a "he" or "she" with no party named before it in the answer is the person the question turn named as a subject (in the question or in its two sentences before), not the one answering nor a party named earlier; as discourse/answer-they for "they".',
});

/** How far back (tokens) the opening mark of a pronoun's quote is looked for: an answer of a few paragraphs. */
const MAX_ANSWER = 400;

/**
 * The party the question right before `p`'s quote asked about, when `p` (a third-person plural pronoun in a
 * quote) has no antecedent inside the answer; else undefined. `k` is `p`'s index in `actors`.
 */
export function questionParty(p: ActorMention, k: number, actors: ActorMention[], tokens: Token[], sentenceOf: Int32Array, isQuestion: (s: number) => boolean, labelOpens = new Map<number, number>(), person = false): ActorMention | undefined {
  let open = p.start - 1;
  while (open >= 0 && p.start - open < MAX_ANSWER && tokens[open].text !== '"' && !labelOpens.has(open)) open--;
  // (A labelled answer, "Kurti: They still demand …", opens at its label's colon: the question ends before the label.)
  const head = labelOpens.get(open) ?? open;
  if (open <= 0 || (tokens[open].text !== '"' && !labelOpens.has(open)) || tokens[head - 1]?.text !== '?') return undefined;
  const question = sentenceOf[head - 1];
  if (!isQuestion(question)) return undefined;
  // A party named as a subject in the answer before the pronoun is its antecedent, not the question's party.
  for (let j = k - 1; j >= 0 && actors[j].start > open; j--) {
    const m = actors[j];
    if (m.codes.length && m.kind !== 'pronoun' && !m.object && !m.possessive && m.kind !== 'adjective-role') return undefined;
  }
  // The question's subject ("What does Baku want from Yerevan?": Baku), else the last party it names.
  // (For "he" or "she", a person named as a subject in the question or in the turn's two sentences before it, "On
  // Thursday President Aliyev said he backs the idea. What are the conditions?", discourse/answer-he.)
  const from = person ? question - 2 : question;
  let subject: ActorMention | undefined, last: ActorMention | undefined;
  for (let j = k - 1; j >= 0 && actors[j].sentence >= from; j--) {
    const m = actors[j];
    // (A labelled question turn is itself quoted: "HOST: … President Aliyev said …".)
    if (person) {
      if (m.sentence <= question && m.codes.length && m.kind !== 'pronoun' && m.personLike && !m.plural && !m.object && !m.possessive
        && (!m.gender || m.gender === (p.pronoun === 'she' ? 'f' : 'm'))) return m;
      continue;
    }
    if (m.sentence > question || m.inQuote || !m.codes.length || m.kind === 'pronoun') continue;
    last ??= m;
    if (!m.object && !m.possessive) subject = m;
  }
  return subject ?? last;
}

export const peoplePlurals = defineRule({
  id: 'discourse/people-plurals', stage: 'discourse',
  reason: '"Serbia sent a delegation to Brussels. The protesters outside were furious. They want the talks suspended.": a plural noun for people who are no party (protesters, residents, soldiers, analysts), named after the party a "they" would otherwise take, is what the "they" stands for: the pronoun then refers to no party.',
});

/**
 * Whether a sentence between two tokens opens with a people noun of discourse/people-plurals after "the" or a
 * quantity word ("The protesters …", "Thousands of residents …"): the subject a later "they" refers to. (Only at
 * a sentence's head: "demanded the return of the prisoners. They also want …" still speaks of the party.)
 */
export function peopleBetween(tokens: Token[], sentenceOf: Int32Array, from: number, to: number, people: Set<string>, heads: Set<string>): boolean {
  for (let j = Math.max(from, 2); j < to; j++) {
    if (!people.has(tokens[j].lower)) continue;
    let h = j - 1;
    if (tokens[h].lower === 'of') h--;
    if (!heads.has(tokens[h]?.lower ?? '')) continue;
    const first = h === 0 || sentenceOf[h - 1] !== sentenceOf[h] || (tokens[h - 1].text === '"' && (h === 1 || sentenceOf[h - 2] !== sentenceOf[h]));
    if (first) return true;
  }
  return false;
}
