// In a principal side's own plan, the other party's assent ("Kyiv would agree to …") or its halting a step of its own
// war effort ("Armenia would stop mobilisation") is asked of it: the plan's authors' demand, not their acceptance or
// threat (sentence/plan-other-side-assent). Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const AZE = 'Azerbaijan\'s draft treaty sets out two options for the border.';
const SRB = 'The Serbian memorandum offers Pristina two paths to a settlement.';

test('the other side\'s assent or halt in a principal side\'s plan: a demand', () => {
  assertIncludes([
    [`${AZE} Under the second, Armenia would agree to a ban on redeploying its troops and an end to arms deliveries.`, 'AZE DEMAND military_limits []'],
    [`${AZE} Under the second, Armenia would stop redeploying its troops and halt mobilisation.`, 'AZE DEMAND military_limits []'],
    [`${SRB} Under the first, Kosovo would accept a cap on the size of its armed forces.`, 'SRB DEMAND military_limits []'],
  ]);
});

test('negatives: not the authors\' acceptance or threat, and no change outside a plan', () => {
  assertNone([
    `${AZE} Under the second, Armenia would agree to a ban on redeploying its troops and an end to arms deliveries.`,
    `${AZE} Under the second, Armenia would stop redeploying its troops and halt mobilisation.`,
  ], /^AZE (ACCEPT|THREATEN) /);
  // (Outside a plan, a party agreeing is its own acceptance.)
  assertIncludes([
    ['Armenia said on Monday it would agree to a cap on the size of its armed forces.', 'ARM ACCEPT military_limits []'],
  ]);
});
