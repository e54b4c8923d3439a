// A measure kept up "until" the other side moves says when the pressure ends: the threat stays, the end point is no
// second demand (claim/pressure-until). A refusal "until …" and a new measure "until …" keep their demand.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const kept = [
  'The EU said it would keep its sanctions on Belgrade in place until Serbia recognised Kosovo.',
  'Washington will keep up the pressure on Asmara, including sanctions, until Eritrea pulls its troops out of Tigray.',
  'Canada will continue its sanctions on Baku until Azerbaijan withdraws its forces from Armenian territory.',
];

test('a kept measure stays a threat on sanctions', () => {
  assertIncludes([
    [kept[0], 'EU THREATEN sanctions []'],
    [kept[1], 'USA THREATEN sanctions []'],
    [kept[2], 'CAN THREATEN sanctions []'],
  ]);
});

test('its "until" end point is no demand of its own', () => {
  assertNone(kept, /^(EU|USA|CAN) DEMAND/);
});

test('a refusal or a new measure "until …" keeps its demand', () => {
  assertIncludes([
    ['Aliyev said Baku will not negotiate until Armenia withdraws its troops from the border villages.', 'AZE DEMAND territory []'],
    ['The US said it was considering new sanctions on Khartoum until a ceasefire was agreed between the army and the RSF.', 'USA DEMAND ceasefire []'],
  ]);
});
