// A welcome of a meeting's outcome that names nothing else is on what the article reported first as accepted
// (content/welcomed-outcome): "Ukraine said it was ready to accept a US proposal for a 30-day ceasefire … Macron welcomed
// the outcome" = FRA ACCEPT ceasefire. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const TRUCE = 'Armenia said on Tuesday it was ready to accept an EU proposal for an immediate ceasefire along the border, after talks in Brussels.';
const SWAP = 'Israel agreed in Doha on Monday to an exchange of prisoners with Hamas.';

test('the outcome welcomed: what the article reported first as accepted', () => {
  assertIncludes([
    [`${TRUCE} The talks lasted nine hours. In Paris, France welcomed the outcome and said the ball was in Baku's court.`, 'FRA ACCEPT ceasefire []'],
    [`${TRUCE} Georgia welcomed the Brussels outcome.`, 'GEO ACCEPT ceasefire []'],
    [`${SWAP} The mediators met again on Tuesday. Egypt welcomed the results as a first step.`, 'EGY ACCEPT humanitarian []'],
  ]);
});

test('no acceptance before it, an outcome with content of its own, or a refusal: not this rule', () => {
  assertNone([
    'France welcomed the outcome and said the ball was in Baku\'s court.',
    `${TRUCE} Georgia welcomed the outcome of the vote in parliament.`,
    `${TRUCE} Turkey did not welcome the outcome.`,
  ], /^(FRA|GEO|TUR) ACCEPT ceasefire/);
});
