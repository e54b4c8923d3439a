// Clauses set off by semicolons are items of a list, each with its own occasion (claim/semicolon-clause-date): a date
// inside an earlier item dates that item, not a stance of a later one; a date that opens the sentence sets the scene of
// all of them. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

// A report of Thursday 12 June 2025.
const PUB = { published: '2025-06-12' };
const WINDOW = { from: '2025-05-29', to: '2025-06-12' };

test('a date inside an earlier item of a semicolon list does not date a later item\'s stance', () => {
  let cs = claimsOf('The Vatican offered in May to host talks between Armenia and Azerbaijan; Turkey says it is ready to host them in Istanbul.', PUB);
  assert.deepEqual(dateOf(cs, 'TUR'), WINDOW, show(cs));
  assert.deepEqual(dateOf(cs, 'VAT'), '2025-05', show(cs));
  cs = claimsOf('Egypt proposed a truce on 2 March; Israel rejected any ceasefire that left Hamas armed.', PUB);
  assert.deepEqual(dateOf(cs, 'ISR'), WINDOW, show(cs));
});

test('negatives: a date opening the sentence dates every item; a date in the stance\'s own item stays', () => {
  let cs = claimsOf('On 2 March, Egypt proposed a truce; Israel rejected any ceasefire that left Hamas armed.', PUB);
  assert.deepEqual(dateOf(cs, 'ISR'), '2025-03-02', show(cs));
  cs = claimsOf('The mediators met in Doha; Israel rejected on Monday any ceasefire that left Hamas armed.', PUB);
  assert.deepEqual(dateOf(cs, 'ISR'), '2025-06-09', show(cs));
});
