// trigger/predicate-noun past an intensifier between the copula and the stance noun: 'remained "a very important
// condition"', 'was an absolutely essential condition' state the speaker's condition on the subject, as 'was an
// important condition' does. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('an intensified predicate noun still states the condition', [
  { body: 'Aliyev\'s spokesman said on Friday that the withdrawal of Armenian forces from the parts of Karabakh they still hold remained "a very important condition" for Baku.', want: ['AZE DEMAND territory []'] },
  { body: 'Aliyev said the return of all detainees was an absolutely essential condition for a peace treaty.', want: ['AZE DEMAND humanitarian []'] },
  // (Paraphrase with no intensifier: the same claim.)
  { body: 'Aliyev said the return of all detainees was an essential condition for a peace treaty.', want: ['AZE DEMAND humanitarian []'] },
  // (No stance noun after the copula: nothing.)
  { body: 'Aliyev said the return of all detainees was very important news for the families.', want: [] },
]);
