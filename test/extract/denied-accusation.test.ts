// Rejecting or dismissing what others say ("rejected Western accusations that …", "dismissed such accounts",
// "rejects the charge that …") is a denial, no stance on an issue (trigger/denial), also with up to two words
// between the verb and the noun: a determiner, an adjective of falsehood, a capitalised adjective, a party's name.
// Rejecting a proposal or a demand stays a refusal. Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a denial of an accusation or an account is no refusal', () => {
  assertNone([
    'Beijing rejected Western accusations that it supplies components for Serbian drones.',
    'Asmara rejects the charge that Eritrean troops remain in Tigray.',
    'The Sudanese army dismissed such accounts as fabrications.',
    'Eritrea dismissed Ethiopian claims that it had sent troops into Tigray.',
    'Baku rejected baseless allegations that it was preparing an offensive on Armenian territory.',
  ], ' REJECT ');
});

test('rejecting a proposal or a demand stays a refusal', () => {
  assertIncludes([
    ['Kosovo rejected the Serbian proposal for an association of municipalities.', 'XKX REJECT rights []'],
    ['Armenia rejected Azerbaijan\'s demand that it amend its constitution.', 'ARM REJECT governance []'],
    ['Israel rejected the Egyptian ceasefire proposal on Monday.', 'ISR REJECT ceasefire []'],
  ]);
});
