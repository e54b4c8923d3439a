// A "when" that opens the sentence tells the story's day (discourse/anchored-days, spec §5 `date`): "When Aliyev
// stood before the diplomats on June 14 and set out his terms, … A day later, Armenia rejected …" is 15 June; a
// relative "when" ("the summit, when …") stays background. Articles written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');

// A long-read of Friday 20 June 2025, its byline dated.
const PUB = { published: '2025-06-20' };

test('"A day later" counts from the day a sentence-opening "when" names', () => {
  const body = [
    'By Ana Petrosyan',
    '20 June 2025 · 12 min read',
    '',
    'When Ilham Aliyev stood before his diplomats on June 14 and set out his terms, he was careful to call them a continuation. A day later, in Yerevan, Armenia rejected the terms as an ultimatum.',
  ].join('\n');
  const cs = claimsOf(body, PUB);
  const c = cs.find((x) => x.actor === 'ARM' && x.type === 'REJECT');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-15', show(cs));
});

test('negative: a "when" inside the sentence is background, and the count goes from the day before it', () => {
  const body = [
    'On Monday, June 9, the envoy arrived in Baku.',
    'He recalled the spring, when the sides had met in Prague on April 2.',
    'The next day, Azerbaijan rejected any ceasefire monitors.',
  ].join('\n\n');
  const cs = claimsOf(body, PUB);
  const c = cs.find((x) => x.actor === 'AZE' && x.type === 'REJECT');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-10', show(cs));
});
