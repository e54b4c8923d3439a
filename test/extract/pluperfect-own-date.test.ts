// A pluperfect stance in a report is dated by its own clause's date when it names one ("told reporters on Monday that
// Kosovo had rejected the plan last month"), else by the report's day (claim/pluperfect-own-date). Sentences written
// for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDate } from './helpers.js';

test('the pluperfect clause\'s own date dates the stance', () => {
  let r = claimDate('Serbia\'s president told reporters on Monday that Kosovo had rejected the European plan for talks last month.', 'XKX', 'talks', { published: '2026-01-14' });
  assert.deepEqual(r.date, '2025-12', r.shown);
  r = claimDate('Egypt\'s foreign minister said on Wednesday that Israel had agreed to a ceasefire of sixty days in July.', 'ISR', 'ceasefire', { published: '2025-09-19' });
  assert.deepEqual(r.date, '2025-07', r.shown);
  r = claimDate('Qatar said on Tuesday that Sudan\'s army had rejected talks in Jeddah two weeks ago.', 'SDN', 'talks', { published: '2025-09-19' });
  assert.deepEqual(r.date, '2025-09-05', r.shown);
});

test('negatives: no date in the clause, a date after a comma or a speech verb keeps the report\'s day', () => {
  let r = claimDate('The Armenian prime minister said on Tuesday that Baku had offered to withdraw troops from the border.', 'AZE', 'territory', { published: '2025-06-12' });
  assert.deepEqual(r.date, '2025-06-10', r.shown);
  r = claimDate('On Tuesday Pashinyan said Baku had offered to withdraw troops from the border, a claim Baku denied on Wednesday.', 'AZE', 'territory', { published: '2025-06-12' });
  assert.deepEqual(r.date, '2025-06-10', r.shown);
});
