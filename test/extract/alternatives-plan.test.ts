// Alternatives put forward to another party's plan are a plan of one's own, a stance on the talks (spec rule 9: a whole
// plan or framework), like "its own plan" or "counterproposals" (content/plan-is-talks 'words'). Own sets Z, AA, AD, R,
// AF, P: "Kyiv would propose alternatives" (UKR PROPOSE talks). Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, claimCases } from './helpers.js';

test('proposing or offering alternatives is a stance on the talks', () => {
  assertIncludes([
    ['Pristina said it would put forward alternatives to the EU plan.', 'XKX PROPOSE talks []'],
    ['Kurti said Pristina would propose alternatives and would not betray the national interest.', 'XKX PROPOSE talks []'],
    ['Pashinyan said Yerevan would work calmly with Baku and offer alternatives.', 'ARM PROPOSE talks []'],
  ]);
});

// Offering a plan puts an arrangement forward (claim/offered-plan); offering to do something stays an offer.
claimCases('a plan offered is proposed', [
  { body: 'Ankara offered a peace plan for Gaza.', want: ['TUR PROPOSE talks []'] },
  { body: 'Pashinyan said Yerevan would work calmly with Baku and offer alternatives.', want: ['ARM PROPOSE talks []'] },
  { body: 'Ankara offered to host the talks.', want: ['TUR OFFER talks []'] },
  { body: 'The Vatican offered its mediation between Belgrade and Pristina.', want: ['VAT OFFER talks []'] },
]);

claimCases('alternatives named by no stance', [
  { body: 'Farmers said there were few alternatives to the Black Sea route.', want: [] },
]);
