// Halting strikes or attacks is a halt of the fighting, a ceasefire, whatever weapon they use: the frame in issues.json
// (ceasefire, "Halting strikes or attacks …") outranks the military_limits term "long-range strikes", which stays for
// permission to use such weapons. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('a verb of halting before strikes or attacks is a ceasefire', [
  { body: 'Azerbaijan was prepared to stop its own long-range strikes on Armenian power plants if Yerevan did the same.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Israel said it would halt its long-range missile strikes on Iranian oil facilities.', want: ['ISR OFFER ceasefire []'] },
  { body: 'Kosovo said Serbia must stop its long-range attacks deep into Kosovo.', want: ['XKX DEMAND ceasefire []'] },
  { body: 'Sudan proposed that both armies suspend the long-range drone attacks on Port Sudan.', want: ['SDN PROPOSE ceasefire []'] },
]);

claimCases('negatives: long-range strikes with no verb of halting stay a military limit', [
  { body: 'Kyiv asked Washington for permission to carry out long-range strikes deep inside Russia.', want: ['UKR DEMAND military_limits []'] },
  { body: 'Berlin rejected any lifting of the limits on long-range strikes.', want: ['DEU REJECT military_limits []'] },
]);
