// One of the sides asking third parties to back its own plan puts the plan forward (claim/own-plan-backing):
// PROPOSE on the talks, not a demand. Not a request to the other side, not someone else's plan, not a request to
// accept. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('support canvassed for the asker\'s own plan: PROPOSE', [
  { body: 'In the war with Azerbaijan, Armenian Prime Minister Nikol Pashinyan urged the Gulf leaders to back his own peace formula.', want: ['ARM PROPOSE talks []'] },
  { body: 'In the conflict with Eritrea, Ethiopian Prime Minister Abiy Ahmed asked the African leaders to endorse Ethiopia\'s own ten-point peace plan.', want: ['ETH PROPOSE talks []'] },
  { body: 'In the dispute with Kosovo, Serbian President Aleksandar Vucic urged the leaders of India and Brazil to back a seven-point "peace formula" to end the standoff.', want: ['SRB PROPOSE talks []'] },
  { body: 'In the war with Hamas, Israeli Prime Minister Benjamin Netanyahu asked the Gulf states to support an international peace conference on his plan.', want: ['ISR PROPOSE talks []'] },
]);

claimCases('a demand still: the other side asked, someone else\'s plan, a request to accept', [
  { body: 'In the war with Azerbaijan, Armenian Prime Minister Nikol Pashinyan urged Azerbaijan to back his own peace formula.', want: ['ARM DEMAND talks []'] },
  { body: 'In the war with Armenia, Azerbaijani President Ilham Aliyev urged Armenia to accept the peace treaty.', want: ['AZE DEMAND talks []'] },
  { body: 'In the conflict with Eritrea, Ethiopian Prime Minister Abiy Ahmed urged the African leaders to back the peace plan at once.', want: ['ETH DEMAND talks []'] },
]);
