// An army's size in peacetime is its limit (issues.json military_limits: the frame "peacetime" near troops or
// strength, the terms "peacetime army", "peacetime armed forces"); the comma of a number ("50,000 troops") is no
// clause break for a frame. Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { claimsOf, label } from './helpers.js';
import assert from 'node:assert/strict';

const labels = (body: string) => claimsOf(body).map(label);

test('a peacetime level of troops is a military limit, also in the first of two reported clauses', () => {
  for (const [body, want] of [
    ['Azerbaijan said Armenia\'s armed forces should remain at a peacetime level of 50,000 troops, and that decisions on the enclaves were for the Armenian people.', 'AZE PROPOSE military_limits []'],
    ['Serbia said Kosovo\'s security force should stay at a peacetime strength of 5,000 soldiers.', 'SRB DEMAND military_limits []'],
    ['Israel proposed a peacetime army of 20,000 for the Palestinian Authority.', 'ISR PROPOSE military_limits []'],
  ] as const) {
    const got = labels(body);
    assert.ok(got.some((l) => l.startsWith(want.split(' ')[0]) && l.includes(' military_limits ')), `${body}\n${got.join('\n')}`);
  }
});

test('peacetime without troops or an army names no military limit', () => {
  for (const body of [
    'Brussels said peacetime levels of trade between Serbia and Kosovo should be restored.',
    'Serbia demanded that trade with Kosovo return to peacetime levels.',
  ]) {
    const got = labels(body);
    assert.ok(!got.some((l) => l.includes(' military_limits ')), `${body}\n${got.join('\n')}`);
  }
});
