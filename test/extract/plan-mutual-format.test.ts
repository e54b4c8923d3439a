// A principal side's own plan asks the other side for what it requires (sentence/plan-proposes), but a provision on the
// talks that binds every side alike ("requires the involvement of and dialogue between all parties") is a format put
// forward, PROPOSE (sentence/plan-mutual-format). Passages written for this test, on other disputes.
import { claimCases } from './helpers.js';

const lead = 'Armenia and Azerbaijan held a new round of border talks in Geneva on Monday. ';

claimCases('a format binding all sides in a principal side\'s plan', [
  { body: lead + "Armenia's peace proposal says that a lasting settlement requires the involvement of and dialogue between all parties.", want: ['ARM PROPOSE talks []'] },
  { body: lead + "Azerbaijan's draft says any final treaty requires direct talks between the two sides.", want: ['AZE PROPOSE talks []'] },
]);

claimCases('what the plan asks of the other side stays a demand', [
  { body: lead + 'The Azerbaijani draft requires Armenia to come to the negotiating table without preconditions.', want: ['AZE DEMAND talks []'] },
  { body: lead + 'The Armenian plan requires that Azerbaijan withdraw its troops from the border villages.', want: ['ARM DEMAND territory []'] },
]);
