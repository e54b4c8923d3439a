// A party's "idea of" or "idea for" an arrangement is its proposal (cues.json propose-noun, nominal: the holder is
// the possessor or the party adjective); a party's "availability to host" talks is its readiness (cue willing).
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test("a party's idea of an arrangement is its proposal; its availability to host, its offer", () => {
  for (const [body, want] of [
    ["Macron's idea of a trilateral meeting of the leaders was welcomed in Baku.", 'FRA PROPOSE talks []'],
    ["Aliyev dismissed Macron's idea for a summit in Paris.", 'FRA PROPOSE talks []'],
    ["Erdogan reiterated Turkey's availability to host talks between Baku and Yerevan.", 'TUR OFFER talks []'],
  ] as const) {
    const got = labels(body);
    assert.ok(got.includes(want), `${body}\n${got.join('\n')}`);
  }
});

test('an idea with no party behind it proposes nothing', () => {
  for (const body of [
    'Pashinyan said the idea of a ceasefire was unacceptable.',
    'The idea of a summit in Paris has been discussed for months.',
  ]) {
    const got = labels(body);
    assert.ok(!got.some((l) => l.includes(' PROPOSE ')), `${body}\n${got.join('\n')}`);
  }
});
