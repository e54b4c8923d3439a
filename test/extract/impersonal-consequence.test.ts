// A penalty with no party as its subject under a condition is the speaker's threat
// (candidate/impersonal-consequence): "there will/would be" and a sanctions term or a harm noun, or an aim reached
// "by force" in the passive (territory). A condition opening the sentence before a parenthetical speaker leaves
// the speaker the holder (holder/parenthetical-speaker). Not without a condition, not "no sanctions". Sentences
// written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('an existential penalty or an aim reached by force under a condition threatens', () => {
  assertIncludes([
    ['Merz said that if Russia refused, there would be a massive tightening of sanctions.', 'DEU THREATEN sanctions []'],
    ['If Belgrade refused, Kurti said, there would be new sanctions on Serbian officials.', 'XKX THREATEN sanctions []'],
    ['Aliyev said that if Yerevan refused, the goals would be achieved by military means.', 'AZE THREATEN territory []'],
    ['If Hamas refuses, the aims of the operation will be attained by force, Netanyahu said.', 'ISR THREATEN territory []'],
  ]);
});

test('no condition, no penalty, or a penalty refused: no threat', () => {
  assertNone([
    'Analysts said there will be more sanctions next year.',
    'Aliyev said the goals would be achieved by military means within weeks.',
    'Borrell said that if Serbia agreed, there would be no new sanctions.',
    'Pashinyan said that if Baku agreed, there would be a meeting in Brussels.',
    'If the talks succeed, the goals will be achieved by diplomatic means, Vucic said.',
  ], ' THREATEN ');
});
