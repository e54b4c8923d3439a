// A harsher demand held out for next time: "one Russian negotiator warned that next time Russia might also want
// Kharkiv and Sumy", "if Kyiv refused, at the next meeting Russia would ask for more regions". A demand the side says
// it would raise at a later round if its terms are not met now is a warning of a harmful step, a threat (spec §2
// THREATEN), as "the conditions would be different next time" and "next time they could also claim the Sumy and
// Kharkiv regions" already are (gold of own sets AL, P, B, Z, AF: RUS THREATEN territory). Words: rules.json
// claim/escalated-demand.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const escalatedDemand = defineRule({
  id: 'claim/escalated-demand', stage: 'claim',
  reason: 'A demand held out for a later round: a hypothetical modal (\'modals\') at most two words before the demand, a later occasion before it in its clause ("next time", "at the next meeting": \'next\' then one of \'occasions\'), and a word of more (\'more\': "also", "more", "further") between the modal and the end of what is demanded. Raising the terms next time is a warning (spec §2 THREATEN), not a demand made now.',
});

/** The demand at `t` is one held out for next time (see the rule's reason). */
export function escalatedDemandAt(doc: Doc, s: Sentence, t: Trigger, item: IssueItem): boolean {
  if (t.type !== 'DEMAND') return false;
  const w = (list: string) => doc.index.words(escalatedDemand.id, list);
  const tok = doc.tokens;
  let modal = -1;
  for (let k = t.start - 1; k >= Math.max(s.tStart, t.start - 3); k--) if (w('modals').has(tok[k].lower)) { modal = k; break; }
  if (modal < 0) return false;
  const more = w('more');
  let raised = false;
  for (let k = modal + 1; k < Math.min(s.tEnd, Math.max(item.end, t.end) + 1) && !raised; k++) raised = more.has(tok[k].lower);
  if (!raised) return false;
  // The later occasion, in the clause before the modal ("that next time …", "if Kyiv refused, at the next meeting …").
  const occasions = w('occasions');
  for (let k = modal - 1; k >= Math.max(s.tStart, modal - 12); k--) {
    if (tok[k].text === ';') return false;
    if (tok[k].lower === 'next' && occasions.has(tok[k + 1]?.lower ?? '')) return true;
  }
  return false;
}
