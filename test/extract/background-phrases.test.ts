// Background and fixed phrases that are no stance, and conditions opened by a noun phrase. Issue 7: precision
// (a description of a place, "in order to", "in the framework of") and conditionals ("in the event of").
// Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf } from './helpers.js';

claimCases('a description of a place set off by a comma is background (content/place-apposition)', [
  { body: 'Ukraine will not give up Crimea, a peninsula annexed by Russia in 2014, the minister said.', want: ['UKR REJECT territory [UA-43]'] },
  { body: 'Armenia will never cede Syunik, a province claimed by nationalists in Baku, Pashinyan said.', want: ['ARM REJECT territory []'] },
]);

claimCases('a cue word in a fixed phrase of another sense is no stance (trigger/fixed-phrase)', [
  { body: 'US officials said they were in contact with their Armenian and Azerbaijani counterparts in order to de-escalate tension.', want: [] },
  { body: 'The meetings took place in the framework of a future ceasefire in Sudan, the Saudi minister said.', want: [] },
]);

claimCases('"in the event of" and "in case of" open a condition', [
  { body: 'Zelensky warned that, in the event of a Russian refusal, Kyiv will ask Washington for more air defence systems.', want: ['UKR THREATEN military_limits []'] },
  { body: 'In case of a breach of the truce, Moscow will resume strikes on the energy grid, Peskov said.', want: ['RUS THREATEN ceasefire []', 'RUS DEMAND ceasefire []'] },
]);

test('a date inside a description of a place does not date the stance', () => {
  const [c] = claimsOf('Ukraine will not give up Crimea, a peninsula annexed by Russia in 2014, the minister said.', { published: '2025-03-01' });
  assert.ok(c, 'a claim');
  assert.notEqual(c.date.value, '2014');
});

claimCases('a subheading names topics, it states no stance (sentence/heading)', [
  { body: 'Kyiv rejected the plan on Monday.\n\nTerritory and red lines in the Caucasus\n\nBaku demanded a peace treaty with Yerevan on Tuesday.', want: ['UKR REJECT talks []', 'AZE DEMAND talks []'] },
]);

claimCases('"before" a clause after a stance is its condition; a fronted "before" sets the time', [
  { body: 'Moscow insists on a comprehensive settlement before it agrees to a ceasefire.', want: ['RUS DEMAND talks []'] },
  { body: 'Before the Kremlin officially stated there would be no extension of the Easter truce, Kyiv proposed a new truce.', want: ['RUS REJECT ceasefire []', 'UKR PROPOSE ceasefire []'] },
]);

claimCases('a subordinator before a subject of its own ends the content ("while they are shelling …")', [
  { body: 'Baku will not open the border while they are shelling our villages, Aliyev said.', want: [] },
  { body: 'Pashinyan is ready to sign the peace treaty while Baku is still occupying our land.', want: ['ARM OFFER talks []'] },
]);
