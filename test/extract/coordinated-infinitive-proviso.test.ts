// "offered to X and to accept Y": the second infinitive shares the offer's holder, not a party named inside the first
// (holder/coordinated-infinitive); ", provided a group of states guaranteed its security" after an offer is a condition
// its holder demands, even with a subject the lexicon does not know (candidate/offer-proviso,
// claim/proviso-noun-subject). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a coordinated infinitive shares the offer\'s holder', [
  { body: 'Armenia offered on Monday to give up its bid to join NATO and to accept a neutral, non-nuclear status.', want: ['ARM OFFER alliance []', 'ARM OFFER military_limits []'] },
  { body: 'Serbia agreed to withdraw its police from the border with Kosovo and to accept an EU monitoring mission.', want: ['SRB OFFER territory []', 'SRB ACCEPT security_guarantees []'] },
]);

claimCases('under a refusal, the coordinated acceptance is refused too', [
  { body: 'Azerbaijan refused to withdraw from the border villages and to accept EU monitors, the ministry said.', want: ['AZE REJECT territory []', 'AZE REJECT security_guarantees []'] },
]);

claimCases('an offer\'s proviso with an unnamed subject is its holder\'s demand', [
  { body: 'Armenia offered to accept a neutral status, provided a group of foreign states guaranteed its security.', want: ['ARM OFFER alliance []', 'ARM DEMAND security_guarantees []'] },
  { body: 'Ethiopia offered to withdraw its troops from the border town of Badme, provided the international monitors guaranteed its security, at the talks in Nairobi.', want: ['ETH OFFER territory []', 'ETH DEMAND security_guarantees []'] },
]);

claimCases('negative: the verb "provide"', [
  { body: 'Washington offered to send air defence systems, provided by the Pentagon from its own stocks.', want: ['USA OFFER military_limits []'] },
]);
