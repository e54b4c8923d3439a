// "there could be no talks while …", "there cannot be any talk of negotiations": the reported ("could") and the
// plain negated forms of "there can be no" refuse the prospect like it (cue no-more). Sentences written for these
// tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"there could be no", "there cannot be", "there can never be" refuse', () => {
  assertIncludes([
    ['Aliyev said there could be no peace talks while Armenian forces remained in Karabakh.', 'AZE REJECT talks []'],
    ['Vucic said there cannot be any recognition of Kosovo by Serbia.', 'SRB REJECT recognition []'],
    ['Netanyahu said there could never be a ceasefire while hostages were held in Gaza.', 'ISR REJECT ceasefire []'],
    ['Pyongyang said there could not be talks with Seoul as long as the drills continued.', 'PRK REJECT talks []'],
  ]);
});

test('negatives: no party, or nothing at issue', () => {
  assertNone([
    'Analysts said there could be no quick deal.',
    'Officials said there could be no doubt that the strike was deliberate.',
  ], ' REJECT ');
});
