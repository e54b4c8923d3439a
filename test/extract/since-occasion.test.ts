// "since" before an occasion and its date ("has said since the Alaska summit in August that …") starts a position
// held up to the time of writing, as "since August" does (discourse/since-occasion, spec §2 `date`). Sentences
// written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDate } from './helpers.js';

// A report of Friday 20 June 2025.
const PUB = { published: '2025-06-20' };
const dateOf = (body: string, actor: string, issue: string) => claimDate(body, actor, issue, PUB);

test('"since" an occasion in a month: from that month to publication', () => {
  for (const [body, actor, issue, from] of [
    ['Aliyev has said since the Prague summit in October that Armenia must withdraw its troops from Karabakh.', 'AZE', 'territory', '2024-10-01'],
    ['Serbia has insisted since the Brussels talks in March that Kosovo must create the association of Serb municipalities.', 'SRB', 'talks', '2025-03-01'],
    ['Israel has demanded since the Cairo round on 3 May that Hamas release all the hostages.', 'ISR', 'humanitarian', '2025-05-03'],
  ] as const) {
    const r = dateOf(body, actor, issue);
    assert.deepEqual(r.date, { from, to: '2025-06-20' }, `${body}\n${r.shown}`);
  }
});

test('negatives: the occasion itself, a "since" of cause after the date', () => {
  let r = dateOf('Aliyev said at the Prague summit in October that Armenia must withdraw its troops from Karabakh.', 'AZE', 'territory');
  assert.deepEqual(r.date, '2024-10', r.shown);
  r = dateOf('Azerbaijan rejected the Armenian draft in March, since it named no border.', 'AZE', 'talks');
  assert.deepEqual(r.date, '2025-03', r.shown);
});
