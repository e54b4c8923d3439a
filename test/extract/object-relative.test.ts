// "that" after a noun of land, forces or measures opens a relative clause that describes it (content/object-relative):
// "will not give up land that the constitution defines as Kosovar" refuses land, not a constitution. Nouns of
// promising and asking keep their "that" clause as content ("guarantees that Hamas would disarm"). Sentences
// written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a relative clause on the head names none of the stance\'s issues', [
  { body: 'Kosovo will not give up land that the constitution defines as Kosovar.', want: ['XKX REJECT territory []'] },
  { body: 'Pashinyan said Armenia would never cede territory that its constitution guarantees.', want: ['ARM REJECT territory []'] },
  { body: 'The EU will not lift sanctions that were imposed over the referendum in Crimea.', want: ['EU REJECT sanctions []'] },
  { body: 'Serbia demanded the withdrawal of troops that were sent under a ceasefire agreement.', want: ['SRB DEMAND territory []'] },
]);

test('a noun whose "that" clause is its content keeps it', () => {
  const g = claimsOf('Israel demanded guarantees that Hamas would disarm.').map(label);
  assert.ok(g.includes('ISR DEMAND military_limits []'), g.join('\n'));
  const d = claimsOf('Baku rejected the demand that Azerbaijani troops leave the border villages.').map(label);
  assert.ok(d.some((l) => /^AZE REJECT territory /.test(l)), d.join('\n'));
});
