// Speakers the lexicon does not know must not lend their words to the last party named.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

test('a quote by an unknown speaker is not given to the last party named', () => {
  const body = 'The delegation put its framework to Volodymyr Zelensky on Friday.\n"We presented the ten points as a basis for negotiations," Magwenya said.';
  const claims = claimsOf(body);
  assert.ok(!claims.some((c) => c.actor === 'UKR' && c.issue === 'talks'), JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue])));
});

test('"he" after an unknown speaker resolves to nobody, not to an earlier leader', () => {
  const claims = claimsOf('Putin met the envoys on Monday. Vincent Magwenya said he would propose a ceasefire.');
  assert.ok(!claims.some((c) => c.actor === 'RUS'), JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue])));
});

test('a known name after a title is still the speaker ("Mr Zelensky said")', () => {
  const claims = claimsOf('In a video address on Friday, Mr Zelensky said talks were possible only if Russia restored Ukraine\'s territorial integrity.');
  assert.ok(claims.some((c) => c.actor === 'UKR'), JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue])));
});
