// A party wanted to act is still the one to act past a contrast or an alternative set after it (trigger/want-needs-act,
// wanted-act.ts contrastedPartyEnd): "wanted the United States, not Moscow, to act as guarantor", "wanted France,
// rather than Russia, to …", "wants the United States or another third party to monitor compliance". Sentences
// written for this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a party wanted to act past a contrast or an alternative: a demand', () => {
  assertIncludes([
    ['Armenia wanted France, rather than Russia, to act as guarantor of the peace treaty.', 'ARM DEMAND security_guarantees []'],
    ['Yerevan wanted the European Union, not Moscow, to deploy monitors along the border, Pashinyan said.', 'ARM DEMAND security_guarantees []'],
    ['Ethiopia wants the African Union or another regional body to monitor the ceasefire, Abiy Ahmed said.', 'ETH DEMAND ceasefire []'],
  ]);
});

test('no act after the contrast: nothing wanted of anyone', () => {
  assertNone([
    'Armenia wanted France, not Russia, at the ceremony.',
    'Ethiopia wants the African Union or another regional body.',
  ], /DEMAND/);
});
