// A party's position said to be unchanged restates its standing demand on the question named with it
// (candidate/unchanged-position): "Moscow's position on Crimea and the Donbas remained unchanged". Sentences written for
// this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a position on a question, unchanged: the possessor\'s demand on it', () => {
  assertIncludes([
    ['Belgrade\'s position on the recognition of Kosovo remained unchanged, the Serbian foreign minister said.', 'SRB DEMAND recognition []'],
    ['The spokesman said that Israel\'s position on the release of all hostages has not changed.', 'ISR DEMAND humanitarian []'],
    ['Asmara said on Monday that its stance on the lifting of sanctions was "unchanged".', 'ERI DEMAND sanctions []'],
    ['Peskov told reporters that the Russian position on Crimea and the Donbas remains unchanged.', 'RUS DEMAND territory [UA-09,UA-14,UA-43]'],
    ['Peskov said that Russia\'s goals, including the demilitarisation of Ukraine, had not changed.', 'RUS DEMAND military_limits []'],
  ]);
});

test('no question named, no owner, or a change: no claim of this rule', () => {
  assertNone([
    'The position on the recognition of Kosovo remained unchanged for decades.',
    'Belgrade\'s position on the recognition of Kosovo has changed since the election.',
    'Analysts said the front line in Zaporizhzhia remained unchanged.',
    'Belgrade\'s position remained strong in the talks on the recognition of Kosovo.',
  ], /DEMAND (recognition|territory)/);
});

// No question named, the predicate ending in a colon: the list the colon introduces is the position (also past a
// parenthesis of saying). A clause after the colon states its own stance, which stays.
test('a position unchanged, then a colon: the possessor demands what follows', () => {
  assertIncludes([
    ['Azerbaijan\'s position remained unchanged: the withdrawal of Armenian troops from Karabakh.', 'AZE DEMAND territory []'],
    ['Israel\'s position, the spokesman added, had not changed: the release of all hostages held in Gaza.', 'ISR DEMAND humanitarian []'],
    ['Serbia\'s position is unchanged: the lifting of the sanctions on its banks.', 'SRB DEMAND sanctions []'],
  ]);
  assertNone([
    'The position was unchanged: the withdrawal of Armenian troops from Karabakh.',
    'Belgrade\'s position has changed: the lifting of the sanctions on its banks.',
  ], /DEMAND (territory|sanctions)/);
});
