// A penalty's relief set behind a condition is refused until then (candidate/withheld-relief): "X would be among the
// main preconditions for lifting the sanctions" is the speaker's REJECT of the relief, on sanctions, besides its
// demand of X. Sentences written for these tests, other disputes than the tuning articles'.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a condition for lifting a penalty refuses the relief until then', () => {
  assertIncludes([
    ['The European Union said the full withdrawal of Serbian police from northern Kosovo would be among the main preconditions for amending or lifting any EU sanctions.', 'EU REJECT sanctions []'],
    ['The European Union said the full withdrawal of Serbian police from northern Kosovo would be among the main preconditions for amending or lifting any EU sanctions.', 'EU DEMAND territory []'],
    ['Washington said the release of all political prisoners remained a key condition for easing the sanctions on Eritrea.', 'USA REJECT sanctions []'],
    ['Britain said a lasting ceasefire in Darfur was a precondition for any relief of the sanctions on Sudan.', 'GBR REJECT sanctions []'],
  ]);
});

test('no refusal of relief without a condition set for it', () => {
  assertNone([
    'The European Union said the withdrawal of Armenian troops was not a precondition for lifting the sanctions.',
    'The European Union said the withdrawal of Armenian troops was a precondition for a peace treaty.',
    'Analysts said the conditions for lifting sanctions were unclear.',
  ], / REJECT sanctions/);
});
