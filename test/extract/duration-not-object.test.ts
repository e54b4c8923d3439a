// "argued for months that …": the "for" of "argued for" that opens a span of time is no object proposed; the verb
// asserts its that-clause (trigger/duration-not-object). Sentences written for this test, about disputes other than
// the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('argued for a span of time that …: an assertion, no proposal', () => {
  assertNone([
    'Azerbaijan has argued for months that Armenian sanctions on its exports were the real obstacle to a treaty.',
    'Serbia had argued for years that the sanctions on its banks were the cause of the crisis in the north.',
    'Eritrea has argued for some time that the border commission settled the question of territory long ago.',
  ], /^(AZE|SRB|ERI) PROPOSE/);
});

test('an object after "argued for" stays a proposal; a demand inside the clause keeps its own cue', () => {
  assertIncludes([
    ['Turkey argued for a ceasefire between Armenia and Azerbaijan.', 'TUR PROPOSE ceasefire []'],
    ['Egypt had argued instead for a 30-day truce between Israel and Hamas.', 'EGY PROPOSE ceasefire []'],
    ['Azerbaijan has argued for months that Armenia must withdraw its troops from the border villages.', 'AZE DEMAND territory []'],
  ]);
});
