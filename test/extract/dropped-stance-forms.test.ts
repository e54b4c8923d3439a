// More forms of a party's own call or demand dropped (claim/dropped-stance): a headline's bare subject before the verb
// of abandoning ("Macron drops call for immediate truce in Gaza"), a hyphenated modifier ("truce-first demand"), the
// nouns "demand" and "insistence" ("dropped his earlier insistence on a truce first"), and the infinitive after a
// word of deciding ("Macron's decision last week to drop his call for a ceasefire"). Sentences written for this test,
// about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a third party that drops its own call turns away from it: a refusal', () => {
  assertIncludes([
    ['Several diplomats questioned Macron\'s decision last week to drop his call for a ceasefire in Gaza.', 'FRA REJECT ceasefire []'],
    ['By Monday Blinken had dropped his earlier insistence on a truce in Gaza first.', 'USA REJECT ceasefire []'],
    ['Macron drops call for immediate truce in Gaza and backs push for a hostage deal', 'FRA REJECT ceasefire []'],
    ['Blinken decided to drop his demand for a ceasefire in Sudan.', 'USA REJECT ceasefire []'],
  ]);
  assertNone([
    'Several diplomats questioned Macron\'s decision last week to drop his call for a ceasefire in Gaza.',
    'By Monday Blinken had dropped his earlier insistence on a truce in Gaza first.',
    'Macron drops call for immediate truce in Gaza and backs push for a hostage deal',
  ], / (DEMAND|PROPOSE) ceasefire/);
});

test('asked to drop it, not dropping it, or repeating it: no refusal', () => {
  assertNone([
    'Blinken urged Kenya to drop its demand for a ceasefire in Sudan.',
    'Macron has not dropped his call for a ceasefire in Gaza.',
    'Blinken repeated his call for a ceasefire in Gaza.',
    'Diplomats said Macron would be asked to drop his call for a ceasefire in Gaza.',
  ], /^(USA|FRA) REJECT ceasefire/);
});
