// Three time expressions chrono misreads or leaves out, each with paraphrases on other disputes and near-misses:
// "from 3 to 5 June" with no year (chrono reads hours of June: discourse/day-range), "that day" counted from the
// story's last day (discourse/anchored-days), and "At the weekend" opening a sentence (the RELATIVE weekend rule).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDate } from './helpers.js';

test('"from 3 to 5 June" with no year is a range of days', () => {
  const cases: Array<[string, string, string, string, unknown]> = [
    ['During talks in Doha from 3 to 5 June, Israel offered a ceasefire of sixty days.', 'ISR', 'ceasefire', '2025-06-20', { from: '2025-06-03', to: '2025-06-05' }],
    ['From 12 to 14 March, Armenian and Azeri envoys met in Geneva, where Armenia offered to withdraw its troops from the border villages.', 'ARM', 'territory', '2025-03-20', { from: '2025-03-12', to: '2025-03-14' }],
    ['At the meeting in Brussels from 28 to 30 December, Serbia rejected any talks on the north.', 'SRB', 'talks', '2026-01-08', { from: '2025-12-28', to: '2025-12-30' }],
  ];
  for (const [body, actor, issue, pub, want] of cases) {
    const r = claimDate(body, actor, issue, { published: pub });
    assert.deepEqual(r.date, want, `${body}\n${r.shown}`);
  }
});

test('"that day" is the day the story named last', () => {
  let r = claimDate('On 3 June, Israeli and Egyptian envoys met in Cairo.\n\nIsrael\'s negotiator said that day that Israel was ready to release 100 prisoners.', 'ISR', 'humanitarian', { published: '2025-06-20' });
  assert.deepEqual(r.date, '2025-06-03', r.shown);
  r = claimDate('Kosovo and Serbia\'s envoys met in Brussels on 14 May. That evening, Serbia rejected the European plan for talks.', 'SRB', 'talks', { published: '2025-05-30' });
  assert.deepEqual(r.date, '2025-05-14', r.shown);
});

test('"At the weekend" opening a sentence is the last weekend', () => {
  let r = claimDate('At the weekend Ethiopia\'s prime minister offered talks with Eritrea on access to the port of Assab.', 'ETH', 'talks', { published: '2025-11-03' });
  assert.deepEqual(r.date, { from: '2025-11-01', to: '2025-11-02' }, r.shown);
  r = claimDate('At the weekend, Sudan\'s army rejected a truce in El Fasher.', 'SDN', 'ceasefire', { published: '2025-09-17' });
  assert.deepEqual(r.date, { from: '2025-09-13', to: '2025-09-14' }, r.shown);
});

test('negatives: hours, a future meeting, "at the weekend" inside a sentence, "until that day comes"', () => {
  const window = (pub: string, from: string) => ({ from, to: pub });
  let r = claimDate('Armenia rejects the plan discussed in Geneva at the weekend.', 'ARM', 'talks', { published: '2025-11-03' });
  assert.deepEqual(r.date, window('2025-11-03', '2025-10-20'), r.shown);
  r = claimDate('Israel refuses to release the prisoners until that day comes.', 'ISR', 'humanitarian', { published: '2025-11-03' });
  assert.deepEqual(r.date, window('2025-11-03', '2025-10-20'), r.shown);
});
