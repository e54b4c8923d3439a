// A month with no year, read against the story's last date, is after publication only from its first day
// (discourse/narrative-forward): "in the second half of June", in a paper of 9 June after a story told in March, is this
// June, not the June before. Articles written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

test('a month in the month of publication is this one, not last year\'s, after a story earlier in the year', () => {
  let cs = claimsOf('A: The Serbian side said in March that it wanted talks. Q: Will there be another round? A: In the second half of June, Serbia rejected the plan again.', { published: '2025-06-09' });
  assert.deepEqual(dateOf(cs, 'SRB', 'REJECT'), '2025-06', show(cs));
  cs = claimsOf('The envoys met in Doha on 3 February 2026. In May, Israel rejected the ceasefire proposal.', { published: '2026-05-02' });
  assert.deepEqual(dateOf(cs, 'ISR', 'REJECT'), '2026-05', show(cs));
});

test('negatives: a month after the month of publication is still last year\'s after a story of that year', () => {
  const cs = claimsOf('The envoys met in Doha on 3 February 2025. In July, Israel rejected the ceasefire proposal.', { published: '2026-05-02' });
  assert.deepEqual(dateOf(cs, 'ISR', 'REJECT'), '2025-07', show(cs));
});
