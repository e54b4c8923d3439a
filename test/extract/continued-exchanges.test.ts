// Exchanges continued, resumed, further or next are prisoner swaps (issues.json humanitarian: "continue exchanges",
// "a further exchange", "the thousand-for-thousand"); an exchange "of" views, fire or drafts is none
// (discourse/exchange-of-things). Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('exchanges continued, resumed or further are a humanitarian stance', () => {
  assertIncludes([
    ['Baku was prepared to continue exchanges, an aide to Aliyev said.', 'AZE OFFER humanitarian []'],
    // (One party agreeing to an act of its own offers it, claim/own-act-agreed.)
    ['Israel agreed in Doha to continue exchanges in the coming weeks.', 'ISR OFFER humanitarian []'],
    ['Khartoum said it was ready to resume exchanges with the Rapid Support Forces.', 'SDN OFFER humanitarian []'],
    ['Serbia agreed to a further exchange with Kosovo before the end of the month.', 'SRB ACCEPT humanitarian []'],
  ]);
});

test('an exchange of views, fire or drafts is no prisoner swap', () => {
  assertNone([
    'Belgrade and Pristina agreed to a further exchange of views on the energy deal.',
    'Armenia and Azerbaijan agreed to continue exchanges of drafts of the peace treaty.',
    'Baku said it was ready to continue exchanges of information on missing persons.',
  ], ' humanitarian ');
  // A swap of people named after "of" keeps its own term.
  assertIncludes([['Israel said it had agreed to a further exchange of prisoners with Hamas.', 'ISR ACCEPT humanitarian []']]);
});

test('exchanges said to be large, mass or in batches are a humanitarian stance', () => {
  assertIncludes([
    ['Israel says it is ready for large exchanges with Hamas.', 'ISR OFFER humanitarian []'],
    ['Baku has agreed to exchanges in batches, an Armenian official said.', 'AZE ACCEPT humanitarian []'],
    ['Azerbaijan proposed step-by-step exchanges with Armenia, tied to progress in the talks.', 'AZE PROPOSE humanitarian []'],
  ]);
});

test('large exchanges of fire or views are no prisoner swap', () => {
  assertNone([
    'Serbia and Kosovo agreed to large exchanges of views on the energy deal.',
  ], ' humanitarian ');
});
