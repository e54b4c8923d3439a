// A party's "idea of" or "idea for" an arrangement is its proposal (cues.json propose-noun, nominal: the holder is
// the possessor or the party adjective); a party's "availability to host" talks is its readiness (cue willing).
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test("a party's idea of an arrangement is its proposal; its availability to host, its offer", () => {
  assertIncludes([
    ["Macron's idea of a trilateral meeting of the leaders was welcomed in Baku.", 'FRA PROPOSE talks []'],
    ["Aliyev dismissed Macron's idea for a summit in Paris.", 'FRA PROPOSE talks []'],
    ["Erdogan reiterated Turkey's availability to host talks between Baku and Yerevan.", 'TUR OFFER talks []'],
  ]);
});

test('an idea with no party behind it proposes nothing', () => {
  assertNone([
    'Pashinyan said the idea of a ceasefire was unacceptable.',
    'The idea of a summit in Paris has been discussed for months.',
  ], ' PROPOSE ');
});
