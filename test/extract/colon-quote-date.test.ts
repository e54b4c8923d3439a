// A quote introduced by a sentence ending with a colon was spoken on the occasion that sentence dates, even in the
// next paragraph (claim/colon-quote-date, spec §2 `date`). Passages written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDate } from './helpers.js';

// A report of Friday 20 June 2025.
const PUB = { published: '2025-06-20' };
const WINDOW = { from: '2025-06-06', to: '2025-06-20' };
const dateOf = (body: string, actor: string, issue: string) => claimDate(body, actor, issue, PUB);

test('the quote after a colon takes its introduction\'s date', () => {
  for (const [body, actor, issue, want] of [
    ['Baku did not immediately respond to a request for comment, but in March, when Yerevan proposed a new round of talks, foreign ministry spokesman Aykhan Hajizada told a regular news briefing:\n\n"We see this as posturing. We do not see this as a constructive, legitimate offer to negotiate."', 'AZE', 'talks', '2025-03'],
    ['On Monday, Serbian President Aleksandar Vucic told reporters in Belgrade:\n\n"Serbia will never recognise the independence of Kosovo."', 'SRB', 'recognition', '2025-06-16'],
  ] as const) {
    const r = dateOf(body, actor, issue);
    assert.deepEqual(r.date, want, `${body}\n${r.shown}`);
  }
});

test('negatives: a planned meeting in the introduction, an introduction with no colon', () => {
  let r = dateOf('Vucic, who will meet Kurti in Brussels next week, told reporters:\n\n"Serbia will never recognise the independence of Kosovo."', 'SRB', 'recognition');
  assert.deepEqual(r.date, WINDOW, r.shown);
  r = dateOf('Vucic met the EU envoy on Monday.\n\n"Serbia will never recognise the independence of Kosovo," a Serbian official said.', 'SRB', 'recognition');
  assert.deepEqual(r.date, WINDOW, r.shown);
});
