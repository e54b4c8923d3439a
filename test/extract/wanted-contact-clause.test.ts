// A wish in a contact clause, with no relative word, on the noun before its party: "the 23 detainees Armenia
// wants released", "the sanctions Russia wants lifted" (stance-nouns.ts wantedRelative, rules.json
// content/relative-antecedent wantedDone). Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the noun a contact-clause wish describes is wanted', () => {
  assertIncludes([
    ['Yerevan gave Baku the names of 23 detainees Armenia wants released.', 'ARM DEMAND humanitarian []'],
    ['Lavrov listed the sanctions Russia wants lifted before any deal.', 'RUS DEMAND sanctions []'],
    ['Israel handed Egypt a list of hostages Israel wants freed.', 'ISR DEMAND humanitarian []'],
    ['Seoul sent Pyongyang the names of abductees South Korea wants repatriated.', 'KOR DEMAND humanitarian []'],
  ]);
});

test('negatives: no act done to the noun, or the wish has an object of its own', () => {
  assertNone([
    'Nobody knows how many observers Armenia wants, an analyst said.',
    'The prisoners Armenia wants to see are held in Baku.',
  ], ' DEMAND ');
});
