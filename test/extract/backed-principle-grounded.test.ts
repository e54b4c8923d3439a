// A third party's support for a peace or a settlement grounded on territorial integrity ("supports a just and lasting
// peace based on the UN Charter and Armenia's territorial integrity") asks for the principle to be respected: DEMAND
// territory, as backing the principle itself is (claim/backed-principle 'links' lengthen the window to it). Backing a
// party's plan that is based on it stays an acceptance. Sentences written for this test, about disputes other than the
// corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const grounded = [
  "Armenia and Azerbaijan traded fire on the border again. Ghana's foreign ministry said it supports a just and lasting peace based on the UN Charter and Armenia's territorial integrity.",
  'Ethiopia and Eritrea exchanged artillery fire near Badme. Togo said it supported a lasting and comprehensive peace in the region founded on respect for the territorial integrity of Ethiopia.',
];

test('support for a peace grounded on territorial integrity demands it', () => {
  assertIncludes([
    [grounded[0], 'GHA DEMAND territory []'],
    [grounded[1], 'TGO DEMAND territory []'],
  ]);
  assertNone(grounded, /^(GHA|TGO) ACCEPT territory/);
});

test("backing a party's plan based on it stays an acceptance", () => {
  assertIncludes([
    ['Serbia and Kosovo blamed each other for the clashes. Chile backed the EU plan for the border crossings, which is based on the territorial integrity of Kosovo.', 'CHL ACCEPT territory []'],
  ]);
});
