// A collective the speaker belongs to ("Europe", "the Europeans"), as the subject of the clause the speaker reports,
// is the speaker speaking for it: the claim is the speaker's party's (holder/group-speaker), not European leaders'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));

test('a national leader saying "Europe would not accept …" refuses on his own party\'s word', () => {
  const claims = claimsOf('German Chancellor Friedrich Merz said on Monday that Europe would not accept any deal that forced Armenia to give up territory to Azerbaijan.');
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'DEU' && c.type === 'REJECT' && c.issue === 'territory'), got);
  assert.ok(!claims.some((c) => c.actor === 'EUR'), got);
});

test('"the Europeans were ready to" is the speaker\'s threat (paraphrase)', () => {
  const claims = claimsOf('French President Emmanuel Macron said the Europeans were ready to impose new sanctions on Belgrade if Serbia did not withdraw its troops from the border with Kosovo.');
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'FRA' && c.type === 'THREATEN' && c.issue === 'sanctions'), got);
  assert.ok(!claims.some((c) => c.actor === 'EUR'), got);
});

test('an EU official speaking for Europe is the EU', () => {
  const claims = claimsOf('European Commission President Ursula von der Leyen said Europe would keep up sanctions pressure on Moscow.');
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'EU' && c.issue === 'sanctions'), got);
  assert.ok(!claims.some((c) => c.actor === 'EUR'), got);
});

test('a speaker outside Europe asks something of it: no claim of the speaker\'s own party is made European', () => {
  const claims = claimsOf('US Secretary of State Marco Rubio said Europe would have to take the lead on security guarantees for Ukraine.');
  const got = brief(claims);
  assert.ok(!claims.some((c) => c.actor === 'FRA' || c.actor === 'DEU' || c.actor === 'EU'), got);
});

test('European leaders named as a group stay the group', () => {
  const claims = claimsOf('Macron met Merz in Paris on Monday. European leaders called for an immediate ceasefire in Sudan.');
  const got = brief(claims);
  assert.ok(!claims.some((c) => c.issue === 'ceasefire' && (c.actor === 'FRA' || c.actor === 'DEU') && c.quote.includes('European leaders')), got);
});

test('a quote whose subject is Europe is its speaker\'s', () => {
  const claims = claimsOf('"Europe will never accept a partition of Kosovo," Macron said.');
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'FRA' && c.type === 'REJECT' && c.issue === 'territory'), got);
  assert.ok(!claims.some((c) => c.actor === 'EUR'), got);
});
