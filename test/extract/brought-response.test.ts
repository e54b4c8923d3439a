// What another party's act would bring on itself, said beforehand, is a threat about that act
// (candidate/brought-response): "a strike deep into Russia with US-supplied missiles would bring a 'very serious'
// response". Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('an act that would bring a response or escalation: a threat about the act', () => {
  assertIncludes([
    ['Aliyev spoke on Tuesday. He warned that any new sanctions on Azerbaijani gas would bring a "very serious, if not overwhelming" response.', 'AZE THREATEN sanctions []'],
    ['Serbia\'s defence minister said on Friday that any deployment of foreign troops in northern Kosovo would trigger an immediate response.', 'SRB THREATEN security_guarantees []'],
    ['Eritrea\'s foreign minister said that any new sanctions on Asmara would mean "a new stage of escalation".', 'ERI THREATEN sanctions []'],
  ]);
});

test('a guess, a negation, an end of the escalation: no threat', () => {
  assertNone([
    'Armenia\'s foreign minister said that new sanctions on Azerbaijani gas could lead to an escalation.',
    'Armenia\'s foreign minister said that new sanctions on Azerbaijani gas would not bring any response.',
    'Baku said the peace treaty would bring an end to the escalation.',
  ], / THREATEN /);
});
