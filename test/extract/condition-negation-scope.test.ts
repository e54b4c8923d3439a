// A condition is negated only by a negation of its own verb (claim/condition-negation-scope): a negation in an
// aside or a relative clause describing a noun of the condition, or one that negates the infinitive the condition
// asks for, leaves it a demand; "as long as it does not involve …" still refuses.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

claimCases('a negation outside the condition\'s own clause', [
  // (In a dashed aside: "including the ones Baku does not control".)
  { body: 'Aliyev said Azerbaijan would halt the shelling and open talks if Armenia pulled its troops out of the border villages – including the ones Baku does not control – and dropped its bid to join the CSTO.', want: ['AZE OFFER ceasefire []', 'AZE OFFER talks []', 'AZE DEMAND territory []', 'AZE DEMAND alliance []'] },
  // (A relative clause without a pronoun: noun + subject + auxiliary + "not".)
  { body: 'Baku said it would sign a peace treaty once Armenia withdrew from the villages it does not hold under the 1991 maps.', want: ['AZE OFFER talks []', 'AZE DEMAND territory []'] },
  // (The infinitive asked for is itself negated: a commitment not to join is what is demanded.)
  { body: 'Moscow said it would order a ceasefire if Kyiv committed not to join NATO.', want: ['RUS OFFER ceasefire []', 'RUS DEMAND alliance []'] },
]);

test('a negation of the condition\'s own verb still refuses', () => {
  assertIncludes([
    ['Eritrea said it would accept a monitoring mission as long as it does not involve foreign troops.', 'ERI REJECT security_guarantees []'],
    ['Moscow said it would order a ceasefire if Kyiv did not join NATO.', 'RUS REJECT alliance []'],
  ]);
  // (A refusal verb before "to" negates: "if Kyiv refused to engage" is what the threat answers, no demand of it.)
  assertNone(['Washington said it would cut off aid if Kyiv refused to engage in talks.'], 'USA DEMAND talks');
  assertNone(['Aliyev said Azerbaijan would open talks if Armenia pulled its troops out of the border villages – including the ones Baku does not control.'], ' REJECT ');
});
