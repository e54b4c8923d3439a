// Two ways a date in a stance's sentence belongs to another event: the date of the meeting a proposal would resume,
// far after its verb ("proposed to resume direct negotiations with the other side in Istanbul on Thursday",
// claim/scheduled-date), and a date in a "where" clause after the stance ("from where they stopped in 2023"). Sentences
// written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDate } from './helpers.js';

test('a verb of happening in its base form dates its event across its object and place', () => {
  let r = claimDate('Qatar\'s foreign minister spoke to reporters on Sunday. He proposed to resume indirect negotiations between Israel and Egypt in Doha on Thursday.', 'QAT', 'talks', { published: '2025-06-20' });
  assert.deepEqual(r.date, '2025-06-15', r.shown);
  r = claimDate('Armenia\'s prime minister said on Monday that Yerevan proposed that the two sides resume border talks with Azerbaijan in Tbilisi on 14 May.', 'ARM', 'talks', { published: '2025-05-20' });
  assert.deepEqual(r.date, '2025-05-19', r.shown);
  r = claimDate('Serbia proposed to begin a new round of talks with Kosovo in Brussels on 3 March.', 'SRB', 'talks', { published: '2025-03-20' });
  assert.deepEqual(r.date, { from: '2025-03-06', to: '2025-03-20' }, r.shown);
});

test('a date in a "where" clause after the stance is that clause\'s', () => {
  let r = claimDate('Armenia proposed to reopen the talks from where they stopped in 2023.', 'ARM', 'talks', { published: '2025-06-20' });
  assert.deepEqual(r.date, { from: '2025-06-06', to: '2025-06-20' }, r.shown);
  r = claimDate('Serbia rejects the plan drawn up in Brussels, where the envoys met in October.', 'SRB', 'talks', { published: '2026-01-14' });
  assert.deepEqual(r.date, { from: '2025-12-31', to: '2026-01-14' }, r.shown);
});

test('negatives: a past event between, a date before the stance, a "where" clause before it', () => {
  let r = claimDate('The talks took place after the Israeli government this week agreed to release 150 prisoners.', 'ISR', 'humanitarian', { published: '2025-06-20' });
  assert.deepEqual(r.date, { from: '2025-06-16', to: '2025-06-20' }, r.shown);
  r = claimDate('In Geneva, where the envoys met on Monday, Armenia offered to withdraw its troops from the border villages.', 'ARM', 'territory', { published: '2025-06-20' });
  assert.deepEqual(r.date, '2025-06-16', r.shown);
});

test('a meeting, a visit or a round agreed, offered or proposed is dated itself, not the answer', () => {
  // ("in July" and "on Friday" are the planned meeting's: the answer takes the publication window.)
  let r = claimDate('Turkey offered to host a new round of talks between Serbia and Kosovo in July.', 'TUR', 'talks', { published: '2025-06-10' });
  assert.deepEqual(r.date, { from: '2025-05-27', to: '2025-06-10' }, r.shown);
  r = claimDate('Armenia and Azerbaijan agreed to meet again in Abu Dhabi on Friday.', 'ARM', 'talks', { published: '2025-06-10' });
  assert.deepEqual(r.date, { from: '2025-05-27', to: '2025-06-10' }, r.shown);
  r = claimDate('Qatar proposed to hold the next round of indirect talks between Israel and Hamas in Doha next week.', 'QAT', 'talks', { published: '2025-06-10' });
  assert.deepEqual(r.date, { from: '2025-05-27', to: '2025-06-10' }, r.shown);
  // (A date the speech or the answer governs stays the statement's.)
  r = claimDate('Aliyev agreed on Monday to meet Pashinyan in Prague.', 'AZE', 'talks', { published: '2025-06-10' });
  assert.deepEqual(r.date, '2025-06-09', r.shown);
});
