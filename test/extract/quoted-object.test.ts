// A quotation opening right after a stance's verb is its object (content/relative-antecedent): in 'told reporters in
// Doha that Qatar would continue to "promote talks for peace"' the stance is no relative clause on "Doha" (the noun
// before "that"), its content is the quoted talks. A relative clause that ends at its verb still takes the noun
// before it. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a quotation right after the verb is its object, not the end of a relative clause', [
  { body: 'A Qatari spokesperson told reporters in Doha that Qatar would continue to "promote talks for peace" and that the tour was only a beginning.', want: ['QAT OFFER talks []'] },
  { body: 'The envoy told journalists in Ankara that Turkey would continue to "host the next round" at any time.', want: ['TUR OFFER talks []'] },
]);

claimCases('a relative clause ending at its verb still describes the noun before it', [
  { body: 'Baku welcomed the ceasefire that Yerevan proposed last week.', want: ['AZE ACCEPT ceasefire []', 'ARM PROPOSE ceasefire []'] },
  { body: 'The envoy told journalists in Ankara that the weather was fine.', want: [] },
]);
