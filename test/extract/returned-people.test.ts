// People of the other side returned are a humanitarian matter (issues.json humanitarian frame: a noun for soldiers,
// citizens or a child near a word of capture, release, return or exchange). Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('returning a child, citizens or soldiers held is humanitarian', () => {
  assertIncludes([
    ['Baku said it is prepared to return any child whose relatives in Armenia come forward.', 'AZE OFFER humanitarian []'],
    ['Belgrade said it was ready to return the detained citizens of Kosovo within a week.', 'SRB OFFER humanitarian []'],
    ['Yerevan demanded that Baku return the Armenian servicemen.', 'ARM DEMAND humanitarian []'],
  ]);
});

test('a return that is not of people held: no humanitarian claim', () => {
  assertNone([
    'Baku said it was ready to return to the negotiating table.',
    'Yerevan demanded the return of the occupied villages.',
  ], ' humanitarian ');
});
