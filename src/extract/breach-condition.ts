// A threat whose condition is the other side breaking an agreement already made ("if Russia broke the deal, Kyiv would
// ask Washington for more sanctions and more weapons", "Moscow reserved the right to withdraw if Ukraine violated its
// terms", "sanctions would be reimposed if Russia breaches the agreement") is a snapback: the measure answers a breach,
// and the condition names no position of the threatener's. Under an affirmative "if" claim/threat-condition would make
// it a refusal of the other side's act (REJECT: nobody is for a breach), on the issue of whatever the breach names
// (tuning: 16 such claims, 3 scored and all false, 13 on 'other'). The threat itself stays. A negated condition ("if
// Baku does not honour the accord") is a demand, read by claim/threat-condition as before; an offer's condition of
// the same kind is claim/condition-circumstance's ("would come to its aid if Azerbaijan violates the ceasefire"), and
// a breach of a truce keeps its demand: the truce is wanted kept ("In case of a breach of the truce, Moscow will resume
// strikes": DEMAND ceasefire, test/extract/background-phrases.test.ts).
// conditions.ts asks it for a threat's affirmative condition. Words: rules.json claim/breach-condition.
import type { Doc } from '../annotate/annotate.js';
import { defineRule } from './rules/registry.js';

export const breachCondition = defineRule({
  id: 'claim/breach-condition', stage: 'claim',
  reason: 'A threat\'s affirmative condition whose verb, among its first six words, breaks an agreement already made (\'verbs\': "if Russia broke the deal", "if Ukraine violated its terms", "if the revised text departed from the understandings") is the breach a snapback answers: no claim of the condition (not the REJECT claim/threat-condition makes of the other side\'s act). The threat stays; a negated condition ("unless Baku honours the accord", "if Moscow does not keep its word") and the breach of a truce ("in case of a breach of the truce": the truce wanted kept) stay a demand.',
});

/** Why the affirmative condition [from, to) of a threat names a breach, no stance, or null (claim/breach-condition). */
export function breachConditionAt(doc: Doc, from: number, to: number): string | null {
  // ("In case of a breach of the truce, Moscow will resume strikes": the truce broken is a ceasefire the threatener wants
  // kept, its demand as before; only the breach of a deal on another issue or of terms naming none is read here.)
  if (doc.issues.some((m) => m.start >= from && m.start < to && m.values.some((v) => v.issue === 'ceasefire'))) return null;
  const verbs = doc.index.words(breachCondition.id, 'verbs');
  // (The verb follows the condition's subject, a short noun phrase: "if the revised text departed", "if Moscow broke".)
  for (let k = from; k < Math.min(to, from + 6); k++) {
    if (verbs.has(doc.tokens[k].lower)) return `"${doc.tokens[k].lower}": a breach of an agreement, what the threat answers, no stance`;
  }
  return null;
}
