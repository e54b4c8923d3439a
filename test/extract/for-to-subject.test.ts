// The object of "for" right before "to" and a stance verb is that verb's subject (holder/nearest-subject): "it is
// time for them to say yes or for the United States to walk away" is the United States' threat, not the parties
// named before. Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('"for X to <stance>": X holds the stance', () => {
  for (const [body, want, not] of [
    ['The envoy said the mediators had made a clear offer to both the Armenians and the Azerbaijanis, and it was time for them to say yes or for the European Union to walk away from this process.', 'EU THREATEN talks []', ['ARM THREATEN talks []', 'AZE THREATEN talks []']],
    ['Blinken told the Serbs and the Kosovars that it was time for them to decide or for Washington to walk away from the talks.', 'USA THREATEN talks []', ['SRB THREATEN talks []', 'XKX THREATEN talks []']],
  ] as const) {
    const got = labels(body);
    assert.ok(got.includes(want), `${body}\n${got.join('\n')}`);
    for (const n of not) assert.ok(!got.includes(n), `${body}\n${got.join('\n')}`);
  }
});

test('not an object of "for" far from the stance, nor one before a noun', () => {
  // "for Armenia" is a beneficiary here; the subject of the refusal is Azerbaijan.
  const got = labels('Azerbaijan said there would be no corridor for Armenia and that Baku would walk away from the talks.');
  assert.ok(!got.some((l) => l.startsWith('ARM THREATEN')), got.join('\n'));
});
