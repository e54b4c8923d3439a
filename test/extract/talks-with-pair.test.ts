// The sentence's subject and the party after "talks with" are the pair at the table; "both sides" after it are they,
// not a pair named together earlier (discourse/talks-with-pair). Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('"talks with X" names the other side at the table', [
  { body: 'Armenia and Azerbaijan held talks in Geneva last year. Kosovo said on Monday it was ready to dissolve the association, after six hours of talks with Serbian negotiators in Brussels. Both sides agreed to meet again in March.', want: ['XKX OFFER talks []', 'XKX ACCEPT talks []', 'SRB ACCEPT talks []'] },
  { body: 'Ethiopia and Eritrea met in Jeddah in 2018. Israel said it would allow more aid into Gaza, after a day of negotiations with Egyptian officials in Cairo. The two sides agreed to reopen the Rafah crossing.', want: ['ISR OFFER talks []', 'ISR ACCEPT other []', 'EGY ACCEPT other []'] },
  { body: 'Serbia and Kosovo held talks in Brussels in May. Armenia said it was ready to sign the treaty, after hours of talks with Azerbaijani officials in Abu Dhabi. The two sides agreed to exchange all prisoners.', want: ['ARM OFFER talks []', 'ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
]);

claimCases('negative: talks owned by a party ("its talks with") name no pair with the subject', [
  { body: 'Serbia and Kosovo held talks in Brussels in May. The EU said on its talks with the Azerbaijani side that the two sides agreed to exchange all prisoners.', want: ['EU ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
]);
