// A stance in the simple present is held at the time of writing (claim/present-next-date): the next sentence's past
// day, before the publication window, dates another event ("That idea was put forward by Washington in December"),
// not the stance; a day within the window still dates it. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

// A report of Thursday 12 February 2026.
const PUB = { published: '2026-02-12' };
const WINDOW = { from: '2026-01-29', to: '2026-02-12' };

test('a present stance takes no past month from the next sentence', () => {
  let cs = claimsOf('Baku insists that Armenian forces leave the border villages they still hold. That idea was first put forward by the EU in December.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE'), WINDOW, show(cs));
  cs = claimsOf('Serbia says it will never recognise Kosovo. The five EU states that share that view set it out in 2008.', PUB);
  assert.deepEqual(dateOf(cs, 'SRB'), WINDOW, show(cs));
  cs = claimsOf('Israel wants Hamas disarmed before any withdrawal from Gaza. The plan was drafted by Egyptian mediators on 3 November.', PUB);
  assert.deepEqual(dateOf(cs, 'ISR'), WINDOW, show(cs));
});

test('negatives: a day within the window still dates it; a past stance takes the next sentence\'s day as before', () => {
  let cs = claimsOf('Baku insists that Armenian forces leave the border villages. Aliyev made the demand to Pashinyan on Monday.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE'), '2026-02-09', show(cs));
  cs = claimsOf('Baku insisted that Armenian forces leave the border villages. Aliyev made the demand to Pashinyan in December.', PUB);
  assert.deepEqual(dateOf(cs, 'AZE'), '2025-12', show(cs));
});
