// A condition that is a noun phrase ("in case of provocations", "in the event of an attack", "barring a deal") has no
// verb of its own: with no comma after it, it ends where the main clause starts, at a dash ("In case of provocations —
// an immediate military response") or at an existential "there" and its verb ("in case of provocations there would be
// an immediate military response"). conditionEnd (condition-marks.ts) stops there, so trigger/blocker leaves the
// stance after it to its holder. Words: rules.json under the id.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const nominalCondition = defineRule({
  id: 'claim/nominal-condition-end', stage: 'claim',
  reason: 'A condition opened by a mark that takes a noun phrase (one ending in "of", \'ofMarks\': "in case of", "in the event of"; or one of \'nounMarks\': "barring", "failing", "absent") ends, when no comma closes it, at a dash (\'dashes\': "In case of provocations — an immediate military response") or at an existential "there" followed by one of \'thereVerbs\' ("in case of provocations there would be an immediate military response"): the response is the main clause\'s threat, not part of the condition. A clause condition ("if Baku attacks there will be a response") is left to the rules that read it.',
});

/** Whether the token at `k` ends a noun-phrase condition whose words begin at `from` (the token after its mark). */
export function nominalConditionEnds(doc: Doc, from: number, k: number): boolean {
  const { tokens } = doc;
  const w = (list: string) => doc.index.words(nominalCondition.id, list);
  const mark = tokens[from - 1]?.lower ?? '';
  if (!(mark === 'of' && w('ofMarks').has(tokens[from - 2]?.lower ?? '')) && !w('nounMarks').has(mark)) return false;
  if (k <= from) return false;
  // (A dash, or a hyphen set off by spaces; not one inside a word, "a cross-border attack".)
  const x = tokens[k].text;
  if (w('dashes').has(x) || /^[\u2014\u2013]$/.test(x) || ((x === '-' || x === '--') && /\s/.test(doc.text[tokens[k].start - 1] ?? ''))) return true;
  // ("in case of provocations Azerbaijan would respond": a party and a modal right after its name start the main clause.)
  const party = (doc.actorsBySentence.get(doc.sentenceOf[k]) ?? []).find((a) => a.start === k && !a.possessive && a.codes.length);
  if (party && w('thereVerbs').has(tokens[party.end]?.lower ?? '') && tokens[party.end].lower !== 'is' && tokens[party.end].lower !== 'are' && tokens[party.end].lower !== 'was' && tokens[party.end].lower !== 'were') return true;
  return tokens[k].lower === 'there' && w('thereVerbs').has(tokens[k + 1]?.lower ?? '');
}
