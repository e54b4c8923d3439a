// A clause saying "now" after a dated clause of its sentence is the position at the time of writing
// (claim/now-clause-date). Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDate } from './helpers.js';

const PUB = { published: '2026-01-14' };
const WINDOW = { from: '2025-12-31', to: '2026-01-14' };

test('a "now" clause after a dated clause takes the publication window', () => {
  for (const [body, actor, issue] of [
    ['Serbia rejected the Brussels agreement in 2013, and it now demands autonomy for Serb municipalities.', 'SRB', 'governance'],
    ['Two years ago Azerbaijan demanded a corridor through Syunik; now it offers talks in Geneva.', 'AZE', 'talks'],
    ['In March 2024 Sudan\'s army rejected talks in Jeddah, but it is now ready to accept a ceasefire in El Fasher.', 'SDN', 'ceasefire'],
    ['Egypt hosted the talks in 2023, while Qatar now proposes a new round in Doha.', 'QAT', 'talks'],
  ] as const) {
    const r = claimDate(body, actor, issue, PUB);
    assert.deepEqual(r.date, WINDOW, `${body}\n${r.shown}`);
  }
});

test('a stance in the simple present in a later clause takes the window, not an earlier clause\'s past date', () => {
  for (const [body, actor, issue] of [
    ['The group, set up in Geneva in 2023, remains open, and Armenia stands ready to resume talks with Azerbaijan.', 'ARM', 'talks'],
    ['Ethiopia walked out of the talks in 2023, and it still rejects any talks with Eritrea.', 'ETH', 'talks'],
    ['The corridor, closed by Baku in October, is still shut, but Armenia is ready to resume talks with Azerbaijan.', 'ARM', 'talks'],
  ] as const) {
    const r = claimDate(body, actor, issue, PUB);
    assert.ok(r.date && typeof r.date === 'object' && r.date.to === '2026-01-14', `${body}\n${r.shown}`);
  }
});

test('negatives: the earlier clause keeps its date; "now" in reported speech keeps the speech\'s date', () => {
  let r = claimDate('Serbia rejected the Brussels plan for talks in 2013, and it now demands autonomy for Serb municipalities.', 'SRB', 'talks', PUB);
  assert.deepEqual(r.date, '2013', r.shown);
  r = claimDate('In March 2025, Kosovo said it now accepts the plan for talks.', 'XKX', 'talks', PUB);
  assert.deepEqual(r.date, '2025-03', r.shown);
  r = claimDate('In March 2025 the envoys met in Geneva, and Armenia is ready to sign the treaty.', 'ARM', 'talks', PUB);
  assert.deepEqual(r.date, '2025-03', r.shown);
  r = claimDate('On Monday, Armenia said it was now ready to sign the treaty.', 'ARM', 'talks', PUB);
  assert.deepEqual(r.date, '2026-01-12', r.shown);
});
