// A season dates a stance (discourse/season): "in the spring", "last summer", "in the autumn of 2023". Sentences
// written for these tests, on other disputes; a season as an attribute or a deadline dates nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDate } from './helpers.js';

const at = (published: string) => ({ published });

test('a season with a lead word is the last such season on or before publication', () => {
  const cases: Array<[string, string, string, string, unknown]> = [
    ['In the spring, Italy proposed that European troops guard the ceasefire line in Gaza.', 'ITA', 'security_guarantees', '2025-08-28', { from: '2025-03-01', to: '2025-05-31' }],
    ['Last summer, Qatar offered to host talks between Sudan\'s army and the RSF.', 'QAT', 'talks', '2026-01-14', { from: '2025-06-01', to: '2025-08-31' }],
    ['Serbia offered in the autumn to hold talks with Kosovo in Brussels.', 'SRB', 'talks', '2026-02-10', { from: '2025-09-01', to: '2025-11-30' }],
    ['During the summer, Armenia rejected any withdrawal from the border villages.', 'ARM', 'territory', '2025-07-15', { from: '2025-06-01', to: '2025-07-15' }],
    ['Last spring Azerbaijan demanded that Armenia change its constitution.', 'AZE', 'governance', '2025-04-20', { from: '2024-03-01', to: '2024-05-31' }],
  ];
  for (const [body, actor, issue, pub, want] of cases) {
    const r = claimDate(body, actor, issue, at(pub));
    assert.deepEqual(r.date, want, `${body}\n${r.shown}`);
  }
});

test('a season with a year is that season of that year', () => {
  let r = claimDate('In the autumn of 2023, Egypt proposed a humanitarian pause in Gaza.', 'EGY', 'ceasefire', at('2025-04-16'));
  assert.deepEqual(r.date, { from: '2023-09-01', to: '2023-11-30' }, r.shown);
  r = claimDate('Ethiopia offered talks with Eritrea in spring 2024.', 'ETH', 'talks', at('2025-04-16'));
  assert.deepEqual(r.date, { from: '2024-03-01', to: '2024-05-31' }, r.shown);
});

test('negatives: a season as an attribute, a deadline or a noun of an event dates nothing', () => {
  const window = { from: '2025-05-31', to: '2025-06-14' };
  for (const body of [
    'Ukraine rejected any ceasefire before the spring offensive.',
    'Israel demands that Hamas free the hostages by the summer.',
    'Serbia rejected the plan after the fall of the government in Pristina.',
  ]) {
    const actor = body.startsWith('Ukraine') ? 'UKR' : body.startsWith('Israel') ? 'ISR' : 'SRB';
    const issue = body.startsWith('Ukraine') ? 'ceasefire' : body.startsWith('Israel') ? 'humanitarian' : 'talks';
    const r = claimDate(body, actor, issue, at('2025-06-14'));
    assert.deepEqual(r.date, window, `${body}\n${r.shown}`);
  }
});
