// Talks a party says are "on hold" are refused by it for now (cue on-hold, talks only, the state after a copula).
// An agentless "was put on hold" and the reporter's own statement of the state hold nothing. Sentences written for
// these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('talks a party says are on hold are refused', () => {
  assertIncludes([
    ['Pashinyan said the dialogue with Baku would remain on hold.', 'ARM REJECT talks []'],
    ['Kurti said the talks with Belgrade were "on hold" until the attack was investigated.', 'XKX REJECT talks []'],
  ]);
});

test('a summit put on hold, or talks on hold in the reporter\'s voice, is no refusal', () => {
  assertNone([
    'The talks between Baku and Yerevan have been on hold since March.',
    'Plans for a summit in Budapest were put on hold, Kyiv said.',
    'Belgrade said its sanctions policy was on hold.',
  ], / REJECT /);
});
