// A cue that needs one of a few issues ("continue", "keep", …) with only a pronoun as its object stands for the thing
// its sentence, else the sentence before, named first, when that is one of the cue's issues (content/pronoun-antecedent
// for content/needs-issue cues). Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('continuing what the sentence before named', () => {
  assertIncludes([
    ['The negotiations in Doha ended without a deal. Pashinyan said Armenia was ready to continue them.', 'ARM OFFER talks []'],
    ['Qatar has hosted the exchanges of prisoners since 2023. Doha said it would continue them.', 'QAT OFFER humanitarian []'],
  ]);
});

test('continuing an offensive or a thing of no such issue offers nothing', () => {
  assertNone([
    'The offensive went on through the winter. Aliyev said Azerbaijan would continue it.',
    'The border crossings stayed closed. Belgrade said it would continue them.',
  ], / OFFER /);
});
