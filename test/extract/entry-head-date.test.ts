// A paragraph opened by names and a day before a colon or a dash is an entry of a press review, a digest or a page of
// readouts (claim/entry-head-date): its day is the entry's, a day the paragraph names for a statement dates it first,
// and a bare weekday is read against the entry's day. Articles written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

// Tuesday 1 December 2026; Wednesday 25 November.
const PUB = { published: '2026-12-01' };

test('a press review: each paper\'s day reads the weekdays of its entry', () => {
  const body = [
    'What the world\'s press says',
    '',
    'Kommersant (Moscow), 25 November: Russia will not withdraw from the four regions, the Kremlin said on Sunday.',
    '',
    'Danas (Belgrade), 28 November: Serbia will never recognise Kosovo, President Vucic told the paper.',
    '',
    'Sudan Tribune, 26 November - The army rejected a ceasefire in El Fasher on Monday, its spokesman said.',
  ].join('\n');
  const cs = claimsOf(body, PUB);
  assert.deepEqual(dateOf(cs, 'RUS'), '2026-11-22', show(cs));
  assert.deepEqual(dateOf(cs, 'SRB'), '2026-11-28', show(cs));
  assert.deepEqual(dateOf(cs, 'SDN'), '2026-11-23', show(cs));
});

test('a page of readouts: the entry\'s day dates what was said', () => {
  const body = 'Readout, 27 November: Pashinyan told Aliyev that Armenia was ready to sign the peace treaty.\n\nReadout, 29 November: Aliyev demanded that Armenia change its constitution.';
  const cs = claimsOf(body, PUB);
  assert.deepEqual(dateOf(cs, 'ARM'), '2026-11-27', show(cs));
  assert.deepEqual(dateOf(cs, 'AZE'), '2026-11-29', show(cs));
});

test('negatives: with no entry head, a weekday reads against publication', () => {
  const cs = claimsOf('The Kremlin said on Sunday that Russia will not withdraw from the four regions.', PUB);
  assert.deepEqual(dateOf(cs, 'RUS'), '2026-11-29', show(cs));
  // (A day that opens a sentence with a comma sets a scene, not an entry: the sentence's own day dates the statement.)
  const cs2 = claimsOf('On 25 November, in Khartoum, the army rejected a ceasefire in El Fasher, its spokesman said.', PUB);
  assert.deepEqual(dateOf(cs2, 'SDN'), '2026-11-25', show(cs2));
});
