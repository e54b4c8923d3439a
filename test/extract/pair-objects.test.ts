// A pair opened by "both" or "either" after a preposition stays the preposition's object (discourse/pair-objects):
// "in contact with both Moscow and Kyiv" names no subject that a later "the participants" or "the mediators" refers
// back to. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

test('a group noun does not refer back to a pair governed by a preposition', () => {
  assertNone([
    'China said it was prepared to keep in contact with both Moscow and Kyiv. The participants called for an expanded exchange of prisoners.',
    'Turkey has stayed in contact with both Baku and Yerevan. The mediators proposed a new round of talks in Istanbul.',
  ], ' DEMAND ');
  assertNone(['Turkey has stayed in contact with both Baku and Yerevan. The mediators proposed a new round of talks in Istanbul.'], 'ARM ');
  assertNone(['Turkey has stayed in contact with both Baku and Yerevan. The mediators proposed a new round of talks in Istanbul.'], 'AZE ');
});

claimCases('a pair opened by "both" that heads its clause is still its subject', [
  { body: 'Both Serbia and Kosovo rejected the plan.', want: ['SRB REJECT talks []', 'XKX REJECT talks []'] },
  { body: 'Both Armenia and Azerbaijan agreed to a ceasefire.', want: ['ARM ACCEPT ceasefire []', 'AZE ACCEPT ceasefire []'] },
  { body: 'Qatar said it would stay in touch with both Hamas and Israel, and called for a pause in the fighting.', want: ['QAT PROPOSE ceasefire []'] },
]);
