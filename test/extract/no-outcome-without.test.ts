// "there could be no lasting settlement unless …": a flat "there can be no" about the outcome of the whole process says
// what the settlement needs (its condition is the speaker's demand) or predicts it; it refuses nothing
// (claim/no-outcome-without). The refusal of a step stays. Sentences written for this test, about disputes other
// than the corpus's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, assertNone, claimsOf } from './helpers.js';

test('no settlement without a condition: no refusal of the settlement', () => {
  assertNone([
    "Azerbaijan's foreign minister said there could be no lasting settlement unless Armenia changed its constitution.",
    "Kosovo's prime minister said there can be no peace deal without the recognition of Kosovo.",
    'An Eritrean minister said there would be no durable peace in the Horn of Africa while Ethiopian troops occupied Eritrean land.',
    "Azerbaijan's president said there can be no hope of a lasting settlement without the return of the border villages.",
  ], /^(AZE|KSV|XKX|ERI) REJECT/);
});

test("the condition stays the speaker's demand", () => {
  assertIncludes([
    ["Azerbaijan's foreign minister said there could be no lasting settlement unless Armenia withdrew its troops from the border villages.", 'AZE DEMAND territory []'],
    ["Israel's prime minister said there will be no peace process without the release of all the hostages.", 'ISR DEMAND humanitarian []'],
  ]);
});

test('a refused step stays a refusal', () => {
  assertIncludes([
    ["Azerbaijan's president said there could be no talks as long as Armenian troops remained in the border villages.", 'AZE REJECT talks []'],
    ["Ethiopia's prime minister said there will be no peace talks while Eritrean troops remained in Tigray.", 'ETH REJECT talks []'],
    ["Serbia's president said there will be no recognition of Kosovo.", 'SRB REJECT recognition []'],
  ]);
});

// (Claims after a dropped refusal are numbered again: ids stay 1…n, and no condition names a claim that is gone.)
test('after a dropped refusal, ids run 1…n and every condition names a claim that is there', () => {
  for (const body of [
    "Azerbaijan's foreign minister said there could be no lasting settlement unless Armenia withdrew its troops, and Baku would fight on if it did not.",
    'An Eritrean minister said there would be no durable peace while Ethiopian troops occupied Badme, and Asmara would open talks if they withdrew.',
  ]) {
    const claims = claimsOf(body);
    const ids = claims.map((c) => c.id);
    assert.deepEqual(ids.map((id) => Number(id.slice(id.lastIndexOf('#') + 1))), claims.map((_, q) => q + 1), body);
    for (const c of claims) for (const x of c.conditions) assert.ok(ids.includes(x), `${body}\n${c.id} names ${x}`);
  }
});
