// Concern about a proposed term objects to it (cues.json 'concern-proposed'): "they were concerned by the proposed
// limits on Armenia's armed forces" is a refusal of those limits, beside the other stances of the same sentence.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('concern about a proposed term refuses it', () => {
  assertIncludes([
    ['The leaders of France and Germany said borders must not be changed by force and that they were concerned about the proposed limits on Armenia\'s armed forces.', 'FRA REJECT military_limits []'],
    ['The leaders of France and Germany said borders must not be changed by force and that they were concerned about the proposed limits on Armenia\'s armed forces.', 'DEU REJECT military_limits []'],
    ['Brussels said it was deeply concerned by the proposed cap on Kosovo\'s security force.', 'EU REJECT military_limits []'],
    ['Yerevan said it was worried about the planned withdrawal of its troops from the border villages.', 'ARM REJECT territory []'],
  ]);
});

test('concern about a situation, or no proposed term: no refusal', () => {
  assertNone([
    'Turkey said it was concerned about the humanitarian situation in Gaza.',
    'Brussels voiced concern over attacks on ships in the Red Sea.',
    'Egypt said it was concerned about the proposals\' timing but would study them.',
  ], /REJECT/);
});
