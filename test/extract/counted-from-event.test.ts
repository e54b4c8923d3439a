// A count of days before or after an event whose day follows it ("three days after the summit in Alaska on 15
// August") dates the statement by that day moved by the count (discourse/counted-from-event). Sentences written for
// these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDate } from './helpers.js';

test('"N days after <event> on <day>" is the day moved by N', () => {
  const cases: Array<[string, string, string, string, unknown]> = [
    ['Three days after the summit in Alaska on 15 August, Azerbaijan demanded that Armenia change its constitution.', 'AZE', 'governance', '2025-09-10', '2025-08-18'],
    ['A day after the talks in Cairo on 3 June, Israel offered to release 100 prisoners.', 'ISR', 'humanitarian', '2025-06-20', '2025-06-04'],
    ['Serbia rejected the plan for talks with Kosovo two days before the vote on 2 March.', 'SRB', 'talks', '2025-03-20', '2025-02-28'],
    ['A week after the meeting in Jeddah on 6 May, Sudan\'s army rejected a truce in El Fasher.', 'SDN', 'ceasefire', '2025-06-01', '2025-05-13'],
  ];
  for (const [body, actor, issue, pub, want] of cases) {
    const r = claimDate(body, actor, issue, { published: pub });
    assert.deepEqual(r.date, want, `${body}\n${r.shown}`);
  }
});

test('negatives: a day set off by a comma, a month, no count', () => {
  let r = claimDate('Two days after the summit, on 15 August, Armenia offered to withdraw its troops from the border villages.', 'ARM', 'territory', { published: '2025-09-10' });
  assert.deepEqual(r.date, '2025-08-15', r.shown);
  r = claimDate('Two weeks after the talks in May, Israel offered to release 100 prisoners.', 'ISR', 'humanitarian', { published: '2025-06-20' });
  assert.deepEqual(r.date, '2025-05', r.shown);
  r = claimDate('After the talks in Cairo on 3 June, Israel offered to release 100 prisoners.', 'ISR', 'humanitarian', { published: '2025-06-20' });
  assert.deepEqual(r.date, '2025-06-03', r.shown);
});
