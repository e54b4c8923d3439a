// A side that asks others to back, support, join or attend something on the talks puts its own format forward:
// PROPOSE talks, not a demand (claim/backing-asked, backing-asked.ts). An ask addressed to the other side, or on another
// issue, stays a demand. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('others asked to back the asker\'s format: a proposal', [
  { body: "Armenia's prime minister urged the Gulf leaders to back his own peace plan for the Caucasus.", want: ['ARM PROPOSE talks []'] },
  { body: 'Pashinyan asked the leaders of India and Brazil to support an international conference on his peace agenda.', want: ['ARM PROPOSE talks []'] },
  { body: 'Ethiopia invited the African states to attend a peace summit in Addis Ababa.', want: ['ETH PROPOSE talks []'] },
]);

claimCases('the other side asked, or another issue: a demand', [
  { body: 'Kosovo urged Serbia to join the talks in Brussels.', want: ['XKX DEMAND talks []'] },
  { body: 'Kosovo asked its Western allies to invite Kosovo to join NATO.', want: ['XKX DEMAND alliance []'] },
  { body: 'Kyiv asked the G20 to help return the deported children.', want: ['UKR DEMAND humanitarian []'] },
]);

// (Cases written for claim/own-plan-backing, a rule of the same family built in parallel and folded into this one.)
claimCases('support canvassed for the asker\'s own plan or format: PROPOSE', [
  { body: 'In the war with Azerbaijan, Armenian Prime Minister Nikol Pashinyan urged the Gulf leaders to back his own peace formula.', want: ['ARM PROPOSE talks []'] },
  { body: 'In the dispute with Kosovo, Serbian President Aleksandar Vucic urged the leaders of India and Brazil to back a seven-point "peace formula" to end the standoff.', want: ['SRB PROPOSE talks []'] },
  { body: 'In the war with Hamas, Israeli Prime Minister Benjamin Netanyahu asked the Gulf states to support an international peace conference on his plan.', want: ['ISR PROPOSE talks []'] },
]);

claimCases('a demand still: the other side asked to back it, or to accept a treaty', [
  { body: 'In the war with Azerbaijan, Armenian Prime Minister Nikol Pashinyan urged Azerbaijan to back his own peace formula.', want: ['ARM DEMAND talks []'] },
  { body: 'In the war with Armenia, Azerbaijani President Ilham Aliyev urged Armenia to accept the peace treaty.', want: ['AZE DEMAND talks []'] },
]);
