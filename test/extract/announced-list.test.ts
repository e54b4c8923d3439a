// A phrase that announces the bullets ("the following steps were taken:", "these conditions are met:") standing alone
// between a cue and its colon leaves the bullets as the cue's content, as "only after:" does (content/announced-list).
// And the removal of troops from a place is their withdrawal (issues.json, territory's frame of departing troops).
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const list = (intro: string) => `Within hours, Baku published its own version. ${intro}\n\n1. The lifting of restrictions on Azerbaijani banks and their reconnection to SWIFT.\n2. A change to the Armenian constitution.`;

test('a phrase announcing the bullets between the cue and the colon: the bullets are the items', () => {
  assertIncludes([
    [list('The border arrangement, it said, would come into force only after the following steps were taken:'), 'AZE DEMAND sanctions []'],
    [list('The border arrangement, it said, would come into force only after the following steps were taken:'), 'AZE DEMAND governance []'],
    [list('Azerbaijan would sign the treaty only once these conditions are met:'), 'AZE DEMAND governance []'],
    [list('Baku said it would return to the talks only after the following had been done:'), 'AZE DEMAND sanctions []'],
  ]);
});

test('no announcing phrase, or no bullets after it: no list', () => {
  // (Words that name something else between the cue and the colon: the bullets are no items of the cue.)
  assertNone([list('Baku said it would return to the talks only after the elections in Armenia, held on these dates:')], /^AZE DEMAND sanctions/);
  // (No bullet line after the colon.)
  assertNone(['Baku said it would return to the talks only after the following steps were taken: the lifting of restrictions on its banks would come later.'], /^AZE DEMAND governance/);
});

test('the removal of troops from a place is their withdrawal', () => {
  assertIncludes([
    ['Eritrea demanded the removal of Ethiopian troops from Badme.', 'ERI DEMAND territory []'],
    ['Serbia called for the removal of Kosovo special police units from the north.', 'SRB DEMAND territory []'],
  ]);
  // (A removal of something other than soldiers names no land.)
  assertNone(['Kosovo demanded the removal of the barricades from the bridge.'], /^XKX DEMAND territory/);
});
