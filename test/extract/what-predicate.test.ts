// A pseudo-cleft predicate (candidate/what-predicate): "X is (not) what PARTY wants / is asking for / needs" — the
// subject before the copula is what the party after "what" wants (DEMAND) or, negated, refuses (REJECT).
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

claimCases('what a party wants, or does not', [
  { body: 'A temporary ceasefire is not what Azerbaijan wants, Aliyev said.', want: ['AZE REJECT ceasefire []'] },
  { body: 'Pashinyan says short truces are "not what we are asking for".', want: ['ARM REJECT ceasefire []'] },
  { body: 'A prisoner exchange is exactly what we need, Kurti said.', want: ['XKX DEMAND humanitarian []'] }, // (as its Russia–Ukraine analogue reads: the sides of another dispute are its principal sides, discourse/principal-sides)
]);

test('not a pseudo-cleft predicate', () => {
  // A question about what a party wants, and a free relative that is no predicate, hold no stance of it.
  assertNone([
    'Nobody knows what Azerbaijan wants from the talks.',
    'The ceasefire was what remained of the plan after the summit.',
  ], ' REJECT ');
  assertNone(['Nobody knows what Azerbaijan wants from the talks.'], 'AZE DEMAND');
  // The named party after "what" holds it, not the speaker.
  assertIncludes([['A partition of the north is not what Belgrade wants, Kurti said.', 'SRB REJECT territory []']]);
});
