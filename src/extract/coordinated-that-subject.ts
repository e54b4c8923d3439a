// The subject of a predicate stance starts past a coordinated "that" (content/coordinated-that-subject). A predicate
// stance ("was unacceptable", "was not up for discussion") finds what it judges by walking back from the predicate to a
// clause break or a verb of saying. In reported speech with two that-clauses, "Aliyev told reporters that the meeting
// had been useful and that Armenian troops in Karabakh were unacceptable", that walk crossed the first clause and took
// its meeting as part of what was judged: a refusal of the talks the speaker had just praised. The first clause is a
// statement of its own (an evaluation of a meeting that took place, no stance); the judged subject starts after the
// "that" coordinated by "and" or "but", when that clause names an issue of its own (with only a pronoun, "and that easing
// them would be a weakening", it judges what the first clause named). Words: rules.json content/coordinated-that-subject.
import type { Doc, Sentence } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const coordinatedThatSubject = defineRule({
  id: 'content/coordinated-that-subject', stage: 'content',
  reason: 'A predicate stance\'s subject does not reach back past a "that" coordinated by \'conjunctions\' ("told reporters that the meeting had been useful and that foreign troops were unacceptable"): the clause before it is another statement, and its meeting no part of what the predicate judges.',
});

/** Whether the token at `k` is a complementizer coordinated with an earlier one ("… and that", "…, but that") whose
 *  clause names an issue of its own before the predicate at `end`. */
export function coordinatedComplementizer(doc: Doc, s: Sentence, k: number, end: number): boolean {
  const { tokens } = doc;
  if (k - 1 < s.tStart || !doc.index.words(coordinatedThatSubject.id, 'complementizers').has(tokens[k].lower)) return false;
  if (!doc.index.words(coordinatedThatSubject.id, 'conjunctions').has(tokens[k - 1].lower)) return false;
  // (A clause that names nothing itself judges what the clause before named: "no sanctions relief was part of the deal,
  // and that easing them now would be a weakening" judges the sanctions through its pronoun; the walk goes on.)
  for (let q = k + 1; q < end; q++) if (doc.issueAt.get(q)?.values.some((v) => v.issue !== '_noise' && !v.weak)) return true;
  return false;
}
