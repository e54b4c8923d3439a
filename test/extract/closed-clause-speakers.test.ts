// Who speaks a stance after a clause that has closed: a "where" clause set off by commas (holder/closed-relative),
// an attribution ", X said, and …" (holder/trailing-speaker, holder/coordinated-verb), and a that-clause closed by
// ", and" after a verb of demanding (holder/coordinated-verb). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a party inside a closed "where" clause is not the subject', [
  {
    body: 'In Tbilisi, Georgian Foreign Minister Ilia Darchiashvili said Tbilisi, where Armenian and Azerbaijani delegations met on Friday for the first time, remained ready to host further rounds.',
    want: ['GEO OFFER talks []'],
  },
  // The stance inside the "where" clause is the clause's subject's.
  {
    body: 'Aliyev travelled to Tbilisi, where Georgia offered to host talks with Armenia.',
    want: ['GEO OFFER talks []'],
  },
  // The relative clauses of before keep their reading.
  {
    body: 'India, which has refrained from criticising Moscow, has urged both sides to return to talks.',
    want: ['IND PROPOSE talks []'],
  },
]);

claimCases('an attribution closed by ", and" speaks the clause before it and the verb after it', [
  {
    body: 'Talks could only begin after Azerbaijan withdrew its troops from all Armenian territory, Pashinyan said, and invited the mediators to a peace summit in Yerevan.',
    want: ['ARM DEMAND territory []', 'ARM PROPOSE talks []'],
  },
  {
    body: 'Kosovo would never accept partition, Kurti said on Tuesday, and called on Serbia to recognise its independence.',
    want: ['XKX REJECT territory []', 'XKX DEMAND recognition []'],
  },
]);

claimCases('a that-clause after a verb of demanding closes at ", and"', [
  {
    body: 'The leaders of Kenya, Egypt and Uganda demanded that Eritrea agree to an unconditional ceasefire, and warned of new sanctions on Eritrea\'s mining sector if it did not.',
    want: ['KEN DEMAND ceasefire []', 'EGY DEMAND ceasefire []', 'UGA DEMAND ceasefire []', 'KEN THREATEN sanctions []', 'EGY THREATEN sanctions []', 'UGA THREATEN sanctions []'],
  },
]);

// An auxiliary or an adverb may stand between "and" and the coordinated verb ("…, and has demanded", "… and also
// proposed"): the verb is still the main clause's subject's, not the party named inside the that-clause before it.
claimCases('", and has VERBed" after a that-clause is the main subject\'s', [
  {
    body: 'Serbia has argued that a truce would only let Pristina rearm and regroup, and has demanded that Western arms supplies stop during any ceasefire.',
    want: ['SRB REJECT ceasefire []', 'SRB DEMAND military_limits []'],
  },
  {
    body: 'Azerbaijan insisted that Armenia change its constitution, and has also proposed a ceasefire along the border.',
    want: ['AZE DEMAND governance []', 'AZE PROPOSE ceasefire []'],
  },
  {
    // No comma and no verb of saying: the main subject's coordination.
    body: 'Brussels has offered Kosovo a visa waiver and has floated a ceasefire along the northern border.',
    want: ['EU PROPOSE ceasefire []'],
  },
]);
