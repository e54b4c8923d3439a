// A stance that refers back to "the proposal", "the offer", "it" takes the last stance of another party as its object
// (content/anaphoric-object). The condition clause of a threat or an offer that names nothing of its own ("… warned
// that if Kyiv and the West rejected it, the conditions for talks would be different next time") is read as a DEMAND
// of issue `other`: a claim, but no proposal. "Zelensky called the proposal an ultimatum" right after it refers to the
// terms Putin set out before that clause, not to the clause, so such a condition is skipped when the antecedent is
// chosen (content/condition-no-antecedent). A condition that names an issue ("if Ukraine withdrew from the four
// regions") stays a possible antecedent: it is the substance of the offer.
import type { Claim } from './types.js';
import { defineRule } from './rules/registry.js';

export const conditionNoAntecedent = defineRule({
  id: 'content/condition-no-antecedent', stage: 'content',
  reason: '"Putin set out his terms … He warned that if Kyiv rejected it, the conditions would be different next time. Zelensky called the proposal an ultimatum": a condition clause that names no issue of its own (an if-condition DEMAND of issue other) is no stance a later "the proposal", "the offer" or "it" refers back to; the antecedent is the last stance of another party before it. Tuning: the judged Putin terms of own AL, AU, AV read as talks, +3 tp, +2 fp.',
});

/** Whether `c` may be the stance a later noun or pronoun of another party refers back to. */
export function canBeAntecedent(c: Claim): boolean {
  return !(c.issue === 'other' && c.rule.includes('if-condition'));
}
