// Two days joined by "and" ("on 5 and 6 August", "on August 5 and 6") are a range of days (discourse/day-range), not
// the last or the first of them: a statement made at a meeting of those days overlaps both. Sentences written for
// these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

const PUB = { published: '2025-10-01' };

test('two days joined by "and" are a range', () => {
  let cs = claimsOf('On August 5 and 6, Turkey offered to host talks between Armenia and Azerbaijan.', PUB);
  assert.deepEqual(dateOf(cs, 'TUR'), { from: '2025-08-05', to: '2025-08-06' }, show(cs));
  cs = claimsOf('At the meeting in Doha on 23 and 24 March 2025, Israel rejected the ceasefire proposal.', PUB);
  assert.deepEqual(dateOf(cs, 'ISR'), { from: '2025-03-23', to: '2025-03-24' }, show(cs));
  cs = claimsOf('Kosovo proposed talks with Serbia on 12th and 13th September.', PUB);
  assert.deepEqual(dateOf(cs, 'XKX'), { from: '2025-09-12', to: '2025-09-13' }, show(cs));
});

test('negatives: a count after "and", a single day', () => {
  let cs = claimsOf('On August 5 and 6 people were hurt, Egypt proposed talks between Israel and Hamas.', PUB);
  assert.deepEqual(dateOf(cs, 'EGY'), '2025-08-05', show(cs));
  cs = claimsOf('Of the 15 delegates and 6 August sessions, none moved; Armenia proposed talks on 6 August.', PUB);
  assert.deepEqual(dateOf(cs, 'ARM'), '2025-08-06', show(cs));
});
