// Promoting or pushing a plan puts it forward, as authoring it does (holder/authored-noun 'verbs'): the plan's
// proposer is the verb's subject. Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a plan a party promotes or pushes is its proposal', () => {
  assertIncludes([
    ['Together with Brazil, China has promoted a six-point plan that calls for a peace conference.', 'CHN PROPOSE talks []'],
    ['Together with Brazil, China has promoted a six-point plan that calls for a peace conference.', 'BRA PROPOSE talks []'],
    ['Kenya has been pushing a plan for direct talks.', 'KEN PROPOSE talks []'],
  ]);
});

test('a plan only mentioned, or a convoy pushed, is no proposal', () => {
  assertNone([
    'The army pushed a convoy through the corridor.',
    'Analysts said a plan for direct talks was being discussed in Nairobi.',
  ], / PROPOSE /);
});
