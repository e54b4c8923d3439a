// Calling off one's own meeting or talks refuses them (cues.json 'call-off': REJECT, only with talks as the
// object). Not suspending sanctions or a treaty, not a postponement, and not an infinitive that is another
// stance's content ("agreed to suspend hostilities" accepts a truce). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('cancelling, calling off, suspending or breaking off talks refuses them', () => {
  assertIncludes([
    ['Trump said he had cancelled the meeting with Putin because it did not feel right.', 'USA REJECT talks []'],
    ['Aliyev called off the summit with Pashinyan after the border clash.', 'AZE REJECT talks []'],
    ['Belgrade suspended the dialogue with Pristina on Monday.', 'SRB REJECT talks []'],
    ['Kyiv broke off the talks after the strike on the market.', 'UKR REJECT talks []'],
    ['The summit was called off by Washington at the last minute.', 'USA REJECT talks []'],
  ]);
});

test('not sanctions, not a postponement, not another stance\'s infinitive', () => {
  for (const [body, not] of [
    ['The EU suspended some sanctions on Belarus.', 'REJECT'],
    ['Baku postponed the round of talks by a week.', 'REJECT'],
    ['Armenia and Azerbaijan agreed to suspend hostilities along the border.', 'REJECT'],
  ] as const) {
    const got = labels(body);
    assert.ok(!got.some((l) => l.includes(` ${not} `)), `${body}\n${got.join('\n')}`);
  }
  // The truce accepted stays.
  assert.ok(labels('Armenia and Azerbaijan agreed to suspend hostilities along the border.').includes('ARM ACCEPT ceasefire []'));
  // A threat to call the talks off stays a threat.
  assert.ok(labels('Moscow threatened to call off the talks.').includes('RUS THREATEN talks []'));
});
