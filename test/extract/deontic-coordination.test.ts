// An acceptance or offer verb coordinated under an obligation is one more step demanded (trigger/deontic-coordinated-verb):
// "Kyiv would have to stop mobilisation, accept a halt to arms deliveries and hold elections" is a demand of the
// obligation's holder, no acceptance by Kyiv. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('an acceptance coordinated under an obligation is part of the demand', [
  { body: 'Azerbaijan says Armenia will have to withdraw its troops from the border and agree to a ceasefire monitored by Russia.', want: ['AZE DEMAND territory []', 'AZE DEMAND ceasefire []'] },
  { body: 'Israel insists that Hamas must disarm and accept international peacekeepers in Gaza.', want: ['ISR DEMAND military_limits []', 'ISR DEMAND security_guarantees []'] },
  { body: 'Under the Russian plan, Kyiv would have to cap its army at 85,000 troops and accept neutrality.', want: ['RUS DEMAND military_limits []', 'RUS DEMAND alliance []'] },
  { body: 'Zelensky said Russia should pull its troops out of Kherson and then accept a full ceasefire.', want: ['UKR DEMAND territory [UA-65]', 'UKR DEMAND ceasefire []'] },
  { body: 'Kurti said Serbia needs to stop the attacks in the north, recognise Kosovo and agree to EU mediation.', want: ['XKX DEMAND ceasefire []', 'XKX DEMAND recognition []', 'XKX DEMAND talks []'] },
]);

claimCases('negatives: an acceptance with a subject of its own, inflected, or past a clause boundary keeps its holder', [
  { body: 'Russia must stop its attacks; Ukraine has agreed to a ceasefire.', want: ['UKR ACCEPT ceasefire []'] },
  { body: 'Moscow should withdraw from Kherson, but Kyiv accepted the ceasefire anyway.', want: ['UKR ACCEPT ceasefire []'] },
  { body: 'Aliyev said Armenia must withdraw its troops from Karabakh, while Baku would accept international monitors.', want: ['AZE DEMAND territory []', 'AZE ACCEPT security_guarantees []'] },
]);

claimCases('a list of steps under the obligation, commas and "and"', [
  { body: 'Baku says Yerevan would have to dissolve its army units in Karabakh, accept a Russian-monitored ceasefire and hold a referendum.', want: ['AZE DEMAND ceasefire []', 'AZE DEMAND governance []'] },
]);
