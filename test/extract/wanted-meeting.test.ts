// A meeting of the talks a party wants to hold or convene is a format it puts forward (PROPOSE talks,
// trigger/want-needs-act 'meetingVerbs'), as one wanted outright. Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a meeting a party wants to hold is proposed', () => {
  assertIncludes([
    ['Pashinyan said Armenia wants to hold a peace summit by the end of February, ideally in Geneva.', 'ARM PROPOSE talks []'],
    ['Kenya wanted to convene a new round of talks in Nairobi before the rainy season.', 'KEN PROPOSE talks []'],
    ['Qatar wants to organise a direct meeting between the two delegations.', 'QAT PROPOSE talks []'],
  ]);
});

test('no wish to hold anything else, and no denied wish, proposes talks', () => {
  assertNone([
    'Serbia wants to hold elections in the spring.',
    'Armenia does not want to hold a summit with Baku before the treaty is initialled.',
    'Kosovo wants to hold the line on its police deployments.',
  ], /PROPOSE talks/);
});
