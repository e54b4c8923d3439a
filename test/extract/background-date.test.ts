// A date inside a description of a thing dates the thing, not the stance (claim/background-date, spec §2 `date`):
// "rejected the proposal Israel made on June 2", "back to the lines of March 17", and in the sentence before, "…
// rather than the uniform he wore in March, thanked Erdogan. He said Armenia was ready …". Sentences written for
// these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { showDates, claimDate } from './helpers.js';

const show = showDates;

// A report of Friday 20 June 2025.
const PUB = { published: '2025-06-20' };
const WINDOW = { from: '2025-06-06', to: '2025-06-20' };
const dateOf = (body: string, actor: string, issue: string) => claimDate(body, actor, issue, PUB);

test('a relative clause with no relative word describes the stance\'s object: its date is not the stance\'s', () => {
  const r = dateOf('Egypt rejected the proposal Israel made on June 2.', 'EGY', 'talks');
  assert.deepEqual(r.date, WINDOW, r.shown);
});

test('"the lines of March 17" names a state of things, not the day of the demand', () => {
  const r = dateOf('Serbia insists that Kosovo must pull its police back to the lines of March 17.', 'SRB', 'security_guarantees');
  assert.deepEqual(r.date, WINDOW, r.shown);
});

test('a description\'s date in the sentence before lends itself to no stance', () => {
  const r = dateOf('Pashinyan, in a suit rather than the uniform he wore in March, thanked Erdogan. He said Armenia was ready for a meeting with Aliyev in any format.', 'ARM', 'talks');
  assert.deepEqual(r.date, WINDOW, r.shown);
});

test('negatives: a description of the holder, a document\'s own date, a plain date of the statement', () => {
  let r = dateOf('The plan Qatar proposed on Monday calls on Israel and Hamas to agree a ceasefire.', 'QAT', 'ceasefire');
  assert.deepEqual(r.date, '2025-06-16', r.shown);
  r = dateOf('Under the draft of 15 April 2022, Armenia offered to remain neutral.', 'ARM', 'alliance');
  assert.deepEqual(r.date, '2022-04-15', r.shown);
  r = dateOf('Pashinyan thanked Erdogan in March. He said Armenia was ready for a meeting with Aliyev in any format.', 'ARM', 'talks');
  assert.deepEqual(r.date, '2025-03', r.shown);
});
