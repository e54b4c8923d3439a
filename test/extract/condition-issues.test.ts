// The condition of an offer is a demand on its own issue, and two noun families name issues no phrase listed:
// military exercises (military_limits) and a minority's municipalities (rights). Passages written for this test, on
// other disputes; a negative keeps non-military drills apart. (A ban on a country's goods is left alone: the gold of
// the case sets splits on it, c-PL-02 'other', pa-condition-after-05 'sanctions'.)
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('military exercises are military limits', () => {
  assertIncludes([
    ['China would resume military dialogue if Washington cancels the naval exercises near Taiwan, the defence ministry said.', 'CHN DEMAND military_limits []'],
    ['Belarus demanded that Poland halt its military drills near the border.', 'BLR DEMAND military_limits []'],
  ]);
  assertNone(['Kyiv said the city would hold air-raid drills in schools.'], ' military_limits ');
});

test('a minority\'s municipalities are rights', () => {
  assertIncludes([
    ['Belgrade would resume the dialogue provided Pristina sets up the association of Serb municipalities, a Serbian negotiator said.', 'SRB DEMAND rights []'],
    ['Kosovo will not create an association of Serbian municipalities with executive powers, Kurti said.', 'XKX REJECT rights []'],
  ]);
});
