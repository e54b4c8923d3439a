// A meeting said to be possible only on a condition about the talks themselves is an OFFER of the meeting on that
// condition, not a DEMAND (trigger/conditional-meeting); a condition naming another issue stays a demand of it.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a meeting possible only after progress in the talks: OFFER talks', () => {
  assertIncludes([
    ['Baku said a meeting between Aliyev and Pashinyan was possible only after the delegations had reached concrete agreements.', 'AZE OFFER talks []'],
    ['Belgrade said a summit of the two presidents would be possible only once the negotiators had finished their work.', 'SRB OFFER talks []'],
    ['Asmara said a meeting between Isaias and Abiy could take place only after the delegations had agreed on a joint text.', 'ERI OFFER talks []'],
  ]);
  assertNone([
    'Baku said a meeting between Aliyev and Pashinyan was possible only after the delegations had reached concrete agreements.',
  ], /^AZE DEMAND talks/);
});

test('a condition naming another issue, a denied meeting, no meeting: no offer of a meeting', () => {
  assertIncludes([
    ['Aliyev said a summit with Pashinyan would be possible only if Armenia changed its constitution.', 'AZE DEMAND governance []'],
  ]);
  assertNone([
    'Aliyev said a summit with Pashinyan would be possible only if Armenia changed its constitution.',
    'Baku said a meeting of the leaders was not possible until the delegations had reached concrete agreements.',
    'Baku said talks on the border would continue only after the delegations had reached concrete agreements.',
  ], /^AZE OFFER talks/);
});
