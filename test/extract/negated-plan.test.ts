// Having no plan to do something, in the verb's negated forms, is refusing it ('reject' cue, cues.json): "does not
// plan to deploy soldiers", "is not planning to send troops", "never planned to recognise". The noun "plan to" alone
// stays a proposal. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a negated "plan to" refuses the act', () => {
  assertIncludes([
    ['Poland will lead the logistics hub on its own soil but does not plan to deploy soldiers in Ukraine.', 'POL REJECT security_guarantees []'],
    ['Hungary is not planning to send troops to Ukraine, Orban said.', 'HUN REJECT security_guarantees []'],
    ['Serbia never planned to recognise Kosovo, Vucic said on Monday.', 'SRB REJECT recognition []'],
    ['Egypt does not plan to send peacekeepers to Gaza, its foreign minister said.', 'EGY REJECT security_guarantees []'],
  ]);
});

test('the noun "plan to" and a plain "plans to" refuse nothing', () => {
  assertNone([
    'Kenya presented a plan to send peacekeepers to the border.',
    'Hungary plans to send a delegation to the talks in Geneva.',
  ], /REJECT/);
});
