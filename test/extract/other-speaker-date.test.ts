// The next sentence's day when another party speaks there (claim/other-speaker-date, spec §5 `date`): "Armenia
// wants a ceasefire of at least 30 days. Azerbaijan's foreign minister said on Wednesday that …" — Wednesday is
// Baku's statement, not the occasion of Yerevan's stance. Sentences written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');

// A newsletter of Friday 20 June 2025.
const PUB = { published: '2025-06-20' };
const WINDOW = { from: '2025-06-06', to: '2025-06-20' };
const armDate = (body: string) => {
  const cs = claimsOf(body, PUB);
  const c = cs.find((x) => x.actor === 'ARM' && x.issue === 'ceasefire');
  assert.ok(c, show(cs));
  return { date: brief(c!).date, shown: show(cs) };
};

test('another party\'s day of speech in the next sentence does not date the stance', () => {
  let r = armDate('Armenia wants a ceasefire of at least 30 days. Azerbaijan\'s foreign minister said on Wednesday that Baku was ready for talks.');
  assert.deepEqual(r.date, WINDOW, r.shown);
  // The sentence before names the day instead: Pashinyan answered the same evening as the truce was announced.
  r = armDate('On Monday, June 16, Aliyev announced a three-day truce for the holiday. Pashinyan\'s answer, given the same evening, was a question. Armenia wants a ceasefire of at least 30 days. Azerbaijan\'s foreign minister said on Wednesday that Baku was ready for talks.');
  assert.deepEqual(r.date, '2025-06-16', r.shown);
});

test('negatives: the same party speaking, or a day before any speaker, still dates the stance', () => {
  let r = armDate('Armenia wants a ceasefire of at least 30 days. Pashinyan said so on Wednesday in Yerevan.');
  assert.deepEqual(r.date, '2025-06-18', r.shown);
  r = armDate('Armenia wants a ceasefire of at least 30 days. The demand was made on Wednesday, an Azerbaijani official said.');
  assert.deepEqual(r.date, '2025-06-18', r.shown);
});
