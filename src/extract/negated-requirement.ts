// "Any plan that does not provide for the withdrawal of Russian troops would not be acceptable", "Kyiv will accept no
// settlement that does not restore the 1991 borders", "a peace plan that did not demand Russia's withdrawal was not a
// peace plan", "Armenia will reject any deal that does not guarantee the return of its prisoners": a refusal of every
// settlement that lacks X is a demand for X (spec §2 DEMAND: the holder wants the other side to do or give X). The
// thing refused is only the settlement without X; the position the holder takes on the issue is that X must be in it.
// The gold of own O, U, X, Y and AD types it DEMAND on X's issue (own R lists DEMAND|REJECT). Only a relative clause
// negated by an auxiliary ("that does not", "which did not", "that would not", "that fails to") on a settlement noun
// ('nouns': plan, deal, settlement, agreement, …), with X's issue item right after its verb. Words: rules.json
// claim/negated-requirement.
import type { Doc, Sentence } from '../annotate/annotate.js';
import type { Trigger } from './triggers.js';
import type { IssueItem } from './items.js';
import { defineRule } from './rules/registry.js';

export const negatedRequirement = defineRule({
  id: 'claim/negated-requirement', stage: 'claim',
  reason: 'A refusal or negative judgement of any settlement ("nouns": plan, deal, settlement, agreement, peace, proposal …) that does not provide for X ("that does not", "which did not", "that would not", "that fails to" + a verb, then X\'s issue item within a few words) demands X: "Kyiv will accept no plan that does not restore its 1991 borders" = UKR DEMAND territory, "any deal that does not guarantee the return of the prisoners would be unacceptable" = DEMAND humanitarian (spec §2 DEMAND). The trigger itself must lie outside the relative clause.',
});

/** The REJECT at `t` on `item` refuses only the settlements that lack the item: it demands the item. */
export function negatedRequirementAt(doc: Doc, s: Sentence, t: Trigger, item: IssueItem): boolean {
  const tok = doc.tokens;
  const w = (list: string) => doc.index.words(negatedRequirement.id, list);
  const nouns = w('nouns'), relatives = w('relatives'), auxiliaries = w('auxiliaries'), negations = w('negations');
  // The relative clause ends its negation at most this many words before a term of the item's issue ("does not |
  // provide for the | withdrawal", "does not | begin from the full restoration of Ukraine's | territorial integrity").
  const reach = 9;
  const termAt = (k: number) => doc.issueAt.get(k)?.values.some((v) => v.issue === item.issue) ?? false;
  for (let r = s.tStart + 1; r < s.tEnd; r++) {
    if (!relatives.has(tok[r].lower) || !nouns.has(tok[r - 1]?.lower ?? '')) continue;
    // "that does not", "which would not", "that did n't"; "that fails to", "that failed to".
    let neg = -1;
    if (auxiliaries.has(tok[r + 1]?.lower ?? '') && negations.has(tok[r + 2]?.lower ?? '')) neg = r + 2;
    else if (w('failVerbs').has(tok[r + 1]?.lower ?? '') && tok[r + 2]?.lower === 'to') neg = r + 2;
    if (neg < 0) continue;
    // The item's issue named within reach after the negation, no clause break before it.
    let term = -1;
    for (let k = neg + 1; k <= neg + reach + 1 && k < s.tEnd; k++) {
      if (/^[,;:.()]$/.test(tok[k].text)) break;
      if (termAt(k)) { term = k; break; }
    }
    if (term < 0) continue;
    // The trigger refuses or judges the settlement from outside the clause ("accept no plan that …", "… would not be
    // acceptable"), not a stance inside it.
    if (t.start > r && t.start < term) continue;
    return true;
  }
  return false;
}
