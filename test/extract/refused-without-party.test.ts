// Type confusions between a refusal and the demand read from its "without" (candidate/refused-settlement-without), and between a
// judgement and the stance noun it is made of (trigger/judging-noun). Sentences written for this test, on other
// disputes.
import { claimCases } from './helpers.js';

claimCases('a settlement refused for being made without the party is one refusal on the talks', [
  { body: 'Armenia said it would not recognise any agreement about Karabakh reached without its participation.', want: ['ARM REJECT talks []'] },
  { body: 'Pashinyan said Yerevan would not accept any agreement reached without it.', want: ['ARM REJECT talks []'] },
  { body: 'Kurti said Kosovo will not recognise any deal on the north made without Kosovo.', want: ['XKX REJECT talks []'] },
  { body: 'Eritrea will not accept any decisions about Eritrea without Eritrea, Isaias said.', want: ['ERI REJECT talks []'] },
]);

claimCases('"without" with no refusal verb, or lacking a thing, stays a demand', [
  { body: 'Kurti said there can be no deal on the north without Kosovo.', want: ['XKX DEMAND talks []'] },
  { body: 'Ethiopia would not sign any treaty without a full ceasefire, Abiy said.', want: ['ETH DEMAND ceasefire []'] },
]);

claimCases('a plan judged "an ultimatum" is refused, not demanded', [
  { body: 'Pashinyan said the proposals were "an ultimatum".', want: ['ARM REJECT talks []'] },
  { body: 'Kurti said the Serbian plan was an ultimatum.', want: ['SRB PROPOSE talks []', 'XKX REJECT talks []'] },
  { body: 'Aliyev said the withdrawal of Armenian troops was a key condition.', want: ['AZE DEMAND territory []'] },
]);

claimCases('a sanctions measure called an act of war is refused, a target declared is threatened', [
  { body: 'Vucic said the new EU sanctions were "a declaration of war" on Serbia.', want: ['SRB REJECT sanctions []'] },
  { body: 'Aliyev said any foreign troops deployed to Armenia would be legitimate targets.', want: ['AZE THREATEN security_guarantees []'] },
]);
