// "Putin agreed that the United States and Europe could offer Ukraine protection": what a party agrees another party
// could do is the permission it grants, its own ACCEPT on that issue; the modal step of the clause's subject is no
// offer of that subject's (sentence/granted-permission). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('agreeing that another party could act accepts it, and states no offer of that party', [
  { body: 'Netanyahu agreed that Egypt and Qatar could host the next round of talks.', want: ['ISR ACCEPT talks []'] },
  { body: 'Pashinyan had agreed in Prague that Russia could give Armenia security guarantees.', want: ['ARM ACCEPT security_guarantees []'] },
  { body: 'Vucic accepted that the United States and its European allies could give Kosovo protection resembling NATO\'s Article 5.', want: ['SRB ACCEPT security_guarantees []'] },
]);

claimCases('negatives: the party\'s own step, or another clause, keeps its own stance', [
  { body: 'Vucic agreed to resume talks, and Kosovo could withdraw its special police from the north.', want: ['SRB OFFER talks []', 'XKX OFFER territory []'] },
  { body: 'Egypt and Qatar said they could host the next round of talks.', want: ['EGY OFFER talks []', 'QAT OFFER talks []'] },
]);

claimCases('negatives: the agreeing party\'s own side, or no modal of possibility, is no permission granted', [
  { body: 'Kurti agreed that Kosovo could host the next round of talks.', want: ['XKX OFFER talks []'] },
  { body: 'Eritrea agreed to talks, and Ethiopia could give Eritrea security guarantees.', want: ['ERI ACCEPT talks []', 'ETH OFFER security_guarantees []'] },
]);
