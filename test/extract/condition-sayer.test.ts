// A party that says something inside an "if" or "unless" clause closing before the stance ("If Eritrea says no, the
// sanctions will come, Blinken said") is the party the condition supposes, never the stance's speaker
// (holder/condition-sayer): the sentence's own speaker (a trailing attribution, the quote's speaker) holds it, and with
// none the stance has no holder. Before, trigger/coming-harm and candidate/unnamed-refusal-consequence dropped such a
// stance rather than give it to the party warned. Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimsOf, label } from './helpers.js';

test('a penalty announced under a condition with a verb of saying is held by the sentence\'s speaker', () => {
  assertIncludes([
    ['If Eritrea says no, the sanctions will come, Blinken said.', 'USA THREATEN sanctions []'],
    ['If Belgrade says no, the sanctions will come, and they will be massive, Macron said on Saturday.', 'FRA THREATEN sanctions []'],
    ['"If Baku says it will not sign, new sanctions will follow," Borrell told reporters.', 'EU THREATEN sanctions []'],
    ['If Pristina says it is not ready, the tariffs will come, Vucic warned.', 'SRB THREATEN sanctions []'],
  ]);
});

test('the party inside the condition is never made the speaker', () => {
  assertNone([
    'If Eritrea says no, the sanctions will come, Blinken said.',
    '"If Eritrea says no, the sanctions will come."',
    'If Eritrea says no, the sanctions will come.',
  ], /^ERI THREATEN/);
  assertNone(['"If Baku says it will not sign, new sanctions will follow," Borrell told reporters.'], /^AZE THREATEN/);
});

test('a quote with its speaker after it keeps that speaker past a condition', () => {
  const body = '"From Monday, a full ceasefire. If Moscow says no, the sanctions will come."\n- Emmanuel Macron, in Kyiv on Saturday.';
  const labels = claimsOf(body, { published: '2025-05-11' }).map(label);
  if (!labels.includes('FRA THREATEN sanctions []')) throw new Error(`want FRA THREATEN sanctions, got ${labels.join('; ')}`);
  if (labels.some((l) => l.startsWith('RUS THREATEN'))) throw new Error(`the party inside the condition was made the speaker: ${labels.join('; ')}`);
});

test('a speaker outside the condition still speaks, and a stance inside the condition is untouched', () => {
  assertIncludes([
    ['Macron said that if Baku says no, sanctions will come.', 'FRA THREATEN sanctions []'],
    ['Ethiopia said that if Eritrea agreed, it would withdraw its troops from Badme.', 'ETH OFFER territory []'],
  ]);
});
