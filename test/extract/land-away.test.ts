// Giving land away is ceding it (issues.json territory frame 'away'): "cannot give away land", "will not sign away
// our territory", "refuses to trade any land away". Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a verb with "away" and a noun of land cedes it', [
  { body: 'Pashinyan said he cannot give away land that the constitution defines as Armenian.', want: ['ARM REJECT territory []'] },
  { body: 'Pashinyan will not sign away Armenian territory.', want: ['ARM REJECT territory []'] },
  { body: 'Belgrade refuses to trade any land away, Vucic said.', want: ['SRB REJECT territory []'] },
  { body: 'Israel said it would not give away land in the West Bank.', want: ['ISR REJECT territory []'] },
]);

test('"away" with no land cedes nothing', () => {
  const r = claimsOf('Khartoum said it would not walk away from the Jeddah talks.').map(label);
  assert.ok(!r.some((l) => / territory /.test(l)), r.join('\n'));
});
