// In a sentence of meeting, the opening subject and the subject of a clause joined by ", and" are the pair at the
// table; "both sides" after it are they, not the objects of either clause (discourse/clause-subjects-pair).
// Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('the subjects of two coordinated clauses of a meeting sentence are "both sides"', [
  { body: 'BRUSSELS (AP) - Kosovo said Monday the atmosphere had been constructive, and the European Union said progress had been made on the statute, after ten hours of talks in Brussels. Both sides agreed to meet again in March.', want: ['XKX ACCEPT talks []', 'EU ACCEPT talks []'] },
  { body: 'Armenia said the discussions with Azerbaijan had been useful, and the United States said a text was close, after a day of talks in Washington. The two sides agreed to exchange all prisoners.', want: ['ARM ACCEPT humanitarian []', 'USA ACCEPT humanitarian []'] },
]);

claimCases('negative: a party of a clause before the main one opens no pair', [
  { body: 'Two days after Egypt announced the plan, the deal remains on paper, and Israel has attached conditions, negotiators said. Both sides agreed to exchange all prisoners.', want: ['RUS ACCEPT humanitarian []', 'UKR ACCEPT humanitarian []'] },
]);
