// A penalty announced as coming is a threat of whoever announces it (cue coming-harm, trigger/coming-harm):
// "new sanctions will follow if …", "more tariffs are coming unless …". Sentences written for these tests, on
// other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('sanctions announced as coming threaten them', () => {
  assertIncludes([
    ['Borrell said that if Belgrade refuses, new sanctions will follow.', 'EU THREATEN sanctions []'],
    ['Washington said more tariffs are coming unless Beijing opens its market.', 'USA THREATEN sanctions []'],
    ['Baerbock said tougher sanctions would follow if Minsk kept the border closed.', 'DEU THREATEN sanctions []'],
    ['Tokyo said that further sanctions will come if Pyongyang fires another missile.', 'JPN THREATEN sanctions []'],
  ]);
});

test('negatives: relief, a phrasal verb, no penalty', () => {
  assertNone([
    'Blinken said sanctions relief would follow a peace deal.',
    'The EU said the sanctions will come into force on Friday.',
    'The ministry said the sanctions would come at a heavy cost to European farmers.',
    'Pashinyan said elections would follow within a year of the treaty.',
  ], ' THREATEN ');
});

// (A party saying something inside the condition was once a reason to drop the threat, rather than give it to the
// party warned; holder/condition-sayer now passes over that party to the sentence's speaker.)
test('a party saying something inside the condition is not the speaker: the sentence\'s speaker threatens', () => {
  assertIncludes([['"If Moscow says no, the sanctions will come," Macron said.', 'FRA THREATEN sanctions []']]);
  assertNone(['"If Moscow says no, the sanctions will come," Macron said.'], /^RUS THREATEN/);
});

test('more of the sanctions just named, announced as coming, threaten them', () => {
  assertIncludes([
    ['On Wednesday the US Treasury imposed sanctions on two Serbian banks and said more could follow if Belgrade did not recognise Kosovo.', 'USA THREATEN sanctions []'],
    ['The EU approved new sanctions against Minsk on Tuesday, and Kallas warned that further measures would follow if Belarus kept stalling.', 'EU THREATEN sanctions []'],
  ]);
  assertNone([
    'Washington said more talks could follow next month.',
    'Washington said more could follow next month.',
    'The EU approved new sanctions on Tuesday; elections would follow in spring, Kallas said.',
  ], ' THREATEN ');
});
