// "for" + a goal + "to" + a verb of coming about after a stance's content is the purpose it serves, not its content
// (content/purpose-for): the withdrawal is demanded, the ceasefire is what it is for. Sentences written for these
// tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('a purpose "for a truce to hold" after the content names no issue of the stance', () => {
  assertIncludes([
    ['Pashinyan said Azerbaijani troops must withdraw from Lachin for a truce to hold.', 'ARM DEMAND territory []'],
    ['Vucic said Pristina would have to drop the sanctions for the talks to resume.', 'SRB DEMAND sanctions []'],
    ['Kyiv insisted on security guarantees for peace to last.', 'UKR DEMAND security_guarantees []'],
  ]);
  for (const body of [
    'Pashinyan said Azerbaijani troops must withdraw from Lachin for a truce to hold.',
    'Vucic said Pristina would have to drop the sanctions for the talks to resume.',
    'Kyiv insisted on security guarantees for peace to last.',
  ]) {
    const got = labels(body);
    assert.ok(!got.some((l) => / (ceasefire|talks) /.test(l)), `${body}\n${got.join('\n')}`);
  }
});

test('a cue ending in "for" keeps what follows as its content', () => {
  assertIncludes([
    ['The EU called for a ceasefire to take effect immediately.', 'EU PROPOSE ceasefire []'],
    ['Pashinyan pushed for the talks to resume in Brussels.', 'ARM DEMAND talks []'],
  ]);
});
