// A negative quantifier opening a verb's object negates the verb: "Russia would recognise none of the commission's
// decisions" says what "would not recognise any of them" says, a refusal, not an offer of recognition; "Baku will
// sign nothing that leaves Armenian troops in Karabakh" refuses, as "will accept no restrictions" already did
// (trigger/negative-object). The least accepted is demanded instead: "will accept nothing less than a withdrawal",
// "nothing short of", "no less than". The word lists are rules.json trigger/negative-object.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const modalNegativeObject = defineRule({
  id: 'candidate/modal-negative-object', stage: 'candidate',
  reason: '"Russia would recognise none of the commission\'s decisions", "Kyiv will cede no territory", "Belgrade would give up nothing": a modal + concession verb whose object opens with "no", "none" or "nothing" is the negated modal ("would not recognise any"), a refusal (modal-not); with a verb of acquiring it is a concession as "will not join" is (spec rule 7: "Ukraine would join no military bloc" offers neutrality). Not "no longer", "no less than", "nothing less than".',
});

/** What the object at `k` (past a verb particle: "give up none") does to the verb: 'negated', 'least' ("nothing less than": a demand) or null. */
export function negativeObjectAt(doc: Doc, k: number, end: number): 'negated' | 'least' | null {
  const { tokens, index } = doc;
  const id = 'trigger/negative-object';
  if (k < end && index.words(id, 'particles').has(tokens[k].lower) && k + 1 < end) k++;
  if (k >= end) return null;
  const w = tokens[k].lower;
  if (!index.words(id, 'negatives').has(w)) return null;
  const next = k + 1 < end ? tokens[k + 1].lower : '';
  // ("nothing less than a full withdrawal", "nothing short of", "no less than": the least accepted is demanded.)
  if ((next === 'less' && tokens[k + 2]?.lower === 'than') || (next === 'short' && tokens[k + 2]?.lower === 'of')) return w === 'none' ? null : 'least';
  // ("no longer", "no doubt", "no one": "no" is no determiner of the object.)
  if (index.words(id).has(next)) return null;
  // ("nothing but a full withdrawal": the only thing accepted, demanded.)
  if (w === 'nothing' && next === 'but') return 'least';
  return 'negated';
}
