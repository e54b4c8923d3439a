// A passive acceptance that has not happened (trigger/unrealised-passive): under a modal of future or possibility or
// "to", or in a clause of time or condition, "approved by the US Congress" is a step expected of the agent, not its
// acceptance; a passive that reports keeps the agent's acceptance, and a deontic "would have to be approved by"
// stays the speaker's demand. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a step still to come: the agent accepts nothing', () => {
  assertNone([
    'Pashinyan asked for guarantees that would last for decades and would be approved by the US Congress.',
    'He said Armenia was ready to sign a peace framework with Azerbaijan once the guarantees were ratified by the U.S. Congress.',
    'He expected the border treaty to be signed soon, and to be ratified by the U.S. Congress.',
    'Kosovo wants the principles of the deal to be endorsed by as many countries as possible.',
    'Eritrea will not withdraw until the ruling is accepted by Ethiopia.',
  ], / ACCEPT /);
});

test('a passive that reports, or an obligation: kept', () => {
  assertIncludes([
    ['The peace treaty was ratified by the Armenian parliament on Monday.', 'ARM ACCEPT talks []'],
    ['The truce has been welcomed by Germany.', 'DEU ACCEPT ceasefire []'],
    ['The ceasefire proposal was backed by France after a long debate.', 'FRA ACCEPT ceasefire []'],
    ['Kurti said any deal on the border would have to be approved by Kosovars in a referendum.', 'XKX DEMAND governance []'],
  ]);
});
