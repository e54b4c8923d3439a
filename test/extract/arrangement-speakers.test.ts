// "… the declaration signed by Starmer and Macron, under which London and Paris said they would deploy forces": parties
// that say inside a relative clause on an arrangement that they themselves would act offer it, as any speaker does;
// the arrangement's reading (holder/relative-arrangement) is for a clause whose subject is not its speaker.
// Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('the parties that say they would act inside the arrangement\'s clause offer it', [
  { body: 'Netanyahu denounced the statement signed by Macron and Starmer, under which Paris and London said they would recognise a Palestinian state.', want: ['FRA OFFER recognition []', 'GBR OFFER recognition []'] },
  { body: 'Lavrov condemned the pact signed by Vucic and Orban, under which Belgrade and Budapest said they would lift sanctions on Russia.', want: ['SRB OFFER sanctions []', 'HUN OFFER sanctions []'] },
]);

test('a speaker who says another party would act does not make it the speaker\'s own offer', () => {
  // (The clause's subject is another party than its speaker: the arrangement's reading stands, nothing new is the EU's.)
  const got = claimsOf('Lavrov condemned the draft, under which the EU said Serbian troops would withdraw from the north of Kosovo.').map(label);
  assert.ok(!got.some((l) => l.startsWith('EU OFFER') || l.startsWith('SRB OFFER')), got.join('\n'));
  const zone = claimsOf('EU negotiators floated a zone from which Serbian troops would withdraw.').map(label);
  assert.deepEqual(zone, ['EU PROPOSE territory []'], zone.join('\n'));
});
