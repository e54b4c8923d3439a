// "the war could end tomorrow if …" said by a party that does not fight the war: no offer of its own; the condition it
// names stays its demand (claim/third-party-cessation). A side's stays an offer (test/extract/war-could-end.test.ts).
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const thirdParty = [
  "Armenia and Azerbaijan traded fire again on Monday. France's foreign minister said the war could end tomorrow if Azerbaijan withdrew its troops from Armenian territory.",
  'Ethiopia and Eritrea exchanged artillery fire near the border. The US envoy said the fighting could stop tomorrow if Eritrea pulled its forces out of Tigray.',
  "Serbia and Kosovo blamed each other for the clashes. Germany's chancellor said the shooting could stop the moment Serbia withdrew its troops from the border.",
];

test("a third party's 'the war could end if …' offers nothing", () => {
  assertNone(thirdParty, /^(FRA|USA|DEU) OFFER/);
});

test('its condition stays its demand', () => {
  assertIncludes([
    [thirdParty[0], 'FRA DEMAND territory []'],
    [thirdParty[1], 'USA DEMAND territory []'],
  ]);
});

test("a side's halt under a condition stays its offer", () => {
  assertIncludes([
    ['Armenia and Azerbaijan traded fire again on Monday. Aliyev told reporters that the war could end tomorrow if Armenia withdrew its forces from Lachin.', 'AZE OFFER ceasefire []'],
    ['Ethiopia and Eritrea exchanged artillery fire near the border. The Eritrean president said the war would end once Ethiopia pulled its troops out of Badme.', 'ERI OFFER ceasefire []'],
  ]);
});
