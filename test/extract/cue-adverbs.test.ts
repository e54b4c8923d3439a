// A verb cue and its preposition may have an adverb between them (issue 7, cue forms): "argued instead for a 30-day
// suspension of hostilities" proposes it as "argued for" does. Sentences written for this test, with other parties
// and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { adverbVariants } from '../../src/annotate/cue-adverbs.js';
import { claimCases } from './helpers.js';

claimCases('one adverb between a cue verb and its preposition', [
  { body: 'Yerevan had argued instead for a 30-day suspension of hostilities.', want: ['ARM PROPOSE ceasefire []'] },
  { body: 'Kyiv pressed again for the release of all prisoners.', want: ['UKR DEMAND humanitarian []'] },
]);

claimCases('a negating word between them is no such adverb', [
  { body: 'Kyiv argued not for a truce but for more weapons.', want: [] },
]);

test('adverb variants: only two-word phrases ending with a listed preposition', () => {
  const rules = { 'discourse/cue-adverbs': { reason: '', adverbs: ['instead', 'again'], prepositions: ['for'] } } as never;
  assert.deepEqual(adverbVariants('argued for', rules), ['argued instead for', 'argued again for']);
  assert.deepEqual(adverbVariants('rejected', rules), []);
  assert.deepEqual(adverbVariants('ready to', rules), []);
  assert.deepEqual(adverbVariants('called on Russia to', rules), []);
});
