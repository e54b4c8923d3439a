// A precondition inside the subject of a predicate stance: "Kyiv said a ceasefire before Russian troops withdraw
// was unacceptable", "a permanent truce before all hostages are released is off the table", "talks with Kyiv until
// the incursion ends are out of the question". The predicate judges the noun phrase before "before"/"until"
// (the ceasefire, the talks), not the precondition after it, and the precondition ends at the predicate's own
// auxiliaries: the stance is not inside a condition (trigger/blocker), and its content is the head only
// (content/subject-condition). Read by triggers.ts (blockedBy) and items.ts (scopeOf).
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import { defineRule } from './rules/registry.js';

export const subjectCondition = defineRule({
  id: 'content/subject-condition', stage: 'content',
  reason: 'A predicate ("unacceptable", "off the table", "out of the question") whose subject is a noun phrase followed by a precondition ("a ceasefire before Russian troops withdraw was unacceptable", "a permanent truce before all hostages are released is off the table", "recognition of Kosovo before the municipalities are formed is unacceptable") judges the noun phrase: it is refused before the precondition is met. The precondition (one of \'conjunctions\' after a word, a clause with a verb or subject of its own, or a noun phrase after a determiner) ends at the predicate\'s auxiliaries ("was", "is", "would be"); the stance is not inside it, and its content is the head before it, which must name an issue and hold no modal or auxiliary of its own ("Russia will keep fighting until Kyiv\'s position is acceptable" judges nothing of the kind).',
});

/**
 * The subject [a, c) of the predicate `t` when the conjunction at `c` opens a precondition inside that subject, else
 * null. `t` must be a predicate (its content before it).
 */
export function subjectConditionSpan(doc: Doc, s: Sentence, t: Trigger, c: number): [number, number] | null {
  if (t.object !== 'before' || c <= s.tStart || c >= t.start) return null;
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(subjectCondition.id, list);
  if (!w('conjunctions').has(tokens[c].lower) || !tokens[c - 1].word) return null;
  // The predicate's auxiliaries: "was", "is", "would be", "are still" (content/scope 'predicateAux').
  const aux = w('auxiliaries');
  let p = t.start;
  while (p > c + 1 && aux.has(tokens[p - 1].lower)) p--;
  if (p === t.start || p <= c + 1) return null;
  // The precondition: a clause of its own ("before all hostages are released", "until Armenia changes its
  // constitution", "before Russian troops withdraw") or a noun phrase ("before the return of all prisoners").
  let clause = w('determiners').has(tokens[c + 1].lower) && !tokens.slice(c + 1, p).some((x) => aux.has(x.lower));
  for (let k = c + 1; k < p && !clause; k++) {
    const x = tokens[k];
    if (x.text === ',' || x.text === ';') return null;
    if (w('verbs').has(x.lower) || (x.word && !x.cap && x.lower.length > 4 && x.lower.endsWith('ed'))) clause = true;
  }
  if (!clause) clause = subjectAt(doc, s, c + 1);
  if (!clause) return null;
  // The head: back to a comma or a clause break, verbless, naming an issue.
  const breaks = w('headBreaks');
  let a = c;
  while (a > s.tStart && tokens[a - 1].text !== ',' && !breaks.has(tokens[a - 1].lower)) a--;
  let issue = false;
  for (let k = a; k < c; k++) {
    if (w('modals').has(tokens[k].lower)) return null;
    if (doc.issueAt.has(k)) issue = true;
  }
  return issue ? [a, c] : null;
}

/** A party (not a possessor) within two tokens of `from`, or a party's forces ("Russian troops"): a clause's subject. */
function subjectAt(doc: Doc, s: Sentence, from: number): boolean {
  const { tokens } = doc;
  const f = tokens[from]?.lower === 'the' ? from + 1 : from;
  if (tokens[f]?.cap && doc.index.words(subjectCondition.id, 'forces').has(tokens[f + 1]?.lower ?? '')) return true;
  return (doc.actorsBySentence.get(s.index) ?? []).some((x) => x.start >= from && x.start <= from + 2 && !x.possessive && x.kind !== 'pronoun');
}
