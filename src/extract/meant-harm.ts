// Two widenings of the speaker's evaluation of a proposal (candidate/evaluation, evaluation.ts), for the judgement
// "this step means a harm", which refuses the step: "allowing any negotiations now means freezing the war",
// "a ceasefire along the current front, which Washington favours, would mean forgetting the root causes".
// - candidate/present-meaning: the verb of meaning in the present or past with no modal before it ("means",
//   "amounts to", "meant"), or after "only" ("would only mean freezing the war"), and a harm in the infinitive
//   ("means to freeze the war").
// - candidate/parenthetical-subject: the subject before a clause set off by commas that a subordinator or a relative
//   pronoun opens (", while the occupier is on our land,", ", which Washington favours,"): the predicate after the
//   second comma judges the words before the first.
// Word lists: lexicon/data/rules.json under each rule's id.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const presentMeaning = defineRule({
  id: 'candidate/present-meaning', stage: 'candidate',
  reason: 'A step whose meaning the speaker names as a harm is refused, whatever the tense of the verb of meaning: "allowing any talks now means freezing the war", "a truce then amounted to capitulation" (no modal before the verb: \'verbs\'), "any negotiation now would only mean freezing the war" ("only" before the verb), and a harm in the infinitive, "means to freeze the war" (\'harmVerbs\' after "to"). The rest is candidate/evaluation: the subject names a proposal, a speaker reports it.',
});

export const parentheticalSubject = defineRule({
  id: 'candidate/parenthetical-subject', stage: 'candidate',
  reason: 'A judging predicate after a clause set off by commas judges the subject before that clause: "allowing any negotiations with Russia now, while the occupier is on our land, means freezing the war", "a ceasefire along the current front, which Washington now favours, would mean forgetting the root causes". The clause opens with one of \'openers\' (a subordinator or a relative pronoun) right after the first comma and runs at most 14 tokens to the second; the subject is read before the first comma and the clause names nothing judged.',
});

/** Present/past forms of the verbs of meaning that head a predicate with no modal ("means", "amounts"). */
export function isPresentMeaning(doc: Doc, k: number): boolean {
  return doc.index.words(presentMeaning.id, 'verbs').has(doc.tokens[k]?.lower ?? '');
}

/** "(means) to freeze": the token after an infinitive harm right at `k` ("to" + one of 'harmVerbs'), or 0. */
export function infinitiveHarmAfter(doc: Doc, k: number): number {
  if (doc.tokens[k]?.lower !== 'to') return 0;
  return doc.index.words(presentMeaning.id, 'harmVerbs').has(doc.tokens[k + 1]?.lower ?? '') ? k + 2 : 0;
}

/** The index of the comma that opens a clause set off by commas right before the predicate at `i` (a scare quote may
 * stand between the second comma and the predicate), or -1 (candidate/parenthetical-subject). */
export function parentheticalStart(doc: Doc, s: Sentence, i: number): number {
  const { tokens } = doc;
  let q = i - 1;
  while (q > s.tStart && /^["“”']$/.test(tokens[q].text)) q--;
  if (tokens[q]?.text !== ',') return -1;
  const openers = doc.index.words(parentheticalSubject.id, 'openers');
  for (let c = q - 1; c > s.tStart + 1 && q - c <= 14; c--) {
    const x = tokens[c];
    if (x.text === ',') return openers.has(tokens[c + 1]?.lower ?? '') && tokens[c - 1].word ? c : -1;
    if (!x.word && x.text !== '-' && x.text !== "'") return -1;
  }
  return -1;
}
