// A third party's offer "if both sides wish", "once the two sides agree" waits for the sides' own consent: no demand of
// its own (claim/parties-consent). A condition headed by one party keeps its demand. Sentences written for this test,
// about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const waiting = [
  "Armenia and Azerbaijan traded fire on the border again. Georgia's foreign minister said Tbilisi was ready to host talks at any level if both sides wished to meet there.",
  'Ethiopia and Eritrea exchanged artillery fire near Badme. Kenya said it would offer itself as mediator once the two sides agree to sit down.',
  'Serbia and Kosovo blamed each other for the clashes. Austria said it stood ready to send monitors to the north if the parties asked for it.',
];

test("a helper's offer stays an offer", () => {
  assertIncludes([
    [waiting[0], 'GEO OFFER talks []'],
    [waiting[1], 'KEN OFFER talks []'],
  ]);
});

test("the sides' own consent is no demand of the helper's", () => {
  assertNone(waiting, /^(GEO|KEN|AUT) DEMAND/);
});

test('a condition headed by one party keeps its demand', () => {
  assertIncludes([
    ['Armenia and Azerbaijan traded fire on the border again. Georgia said it was ready to host talks if Azerbaijan agreed to withdraw its troops from the border villages.', 'GEO DEMAND territory []'],
  ]);
});
