// Another party choosing, installing or replacing a party's leaders is governance (issues.json governance frame,
// owned leader nouns only). Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test("a party's leaders chosen or replaced by another: governance", () => {
  assertIncludes([
    ['Pashinyan said: What we will not accept is Azerbaijan choosing our leaders for us.', 'ARM REJECT governance []'],
    ['Kurti said Kosovo would never let Belgrade pick its leaders.', 'XKX REJECT governance []'],
    ["Vucic demanded that Pristina replace its government.", 'SRB DEMAND governance []'],
  ]);
});

test('leaders who choose a venue: no governance', () => {
  assertNone([
    'The leaders chose Istanbul for the next round of talks.',
    'Aliyev and Pashinyan agreed that their leaders would pick a venue for the signing.',
  ], ' governance ');
});
