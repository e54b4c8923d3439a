// "behind closed doors" is an idiom of privacy: a meeting behind closed doors closes no door on anything
// (candidate/figurative-refusal, 'privateBefore'), while closing the door on talks still refuses them. Sentences
// written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"behind closed doors": no refusal', () => {
  assertNone([
    'The Armenian and Azerbaijani delegations met behind closed doors on Friday and Saturday in Abu Dhabi.',
    'Serbian and Kosovar negotiators talked behind closed doors on the status of the north for three hours.',
    'Ethiopia and Eritrea held a session behind closed doors on security arrangements at the border.',
  ], / REJECT /);
});

test('closing the door on something: still a refusal', () => {
  assertIncludes([
    ['Armenia closed the door on talks with Baku.', 'ARM REJECT talks []'],
    ['Kosovo has closed the door on any partition of the north.', 'XKX REJECT territory []'],
  ]);
});
