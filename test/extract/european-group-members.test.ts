// "European leaders" speak as the members a list names nearby only when those members are European
// (discourse/enumerated-group europeanMembers): the leaders of Armenia, Azerbaijan and Russia at a meeting are not them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));

test('a list of non-European leaders does not become "European leaders"', () => {
  // (A proposal welcomed, not "Trump's efforts": a third party's welcome of another's efforts is praise and makes no
  // claim, claim/welcomed-efforts; the holder read here is the same.)
  const claims = claimsOf('Trump backed the idea of a meeting of the leaders of Armenia, Azerbaijan and Russia in Washington. In a joint statement, European leaders welcomed Trump\'s proposal to end the conflict.');
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'EUR' && c.type === 'ACCEPT' && c.issue === 'talks'), got);
  // (Before: ARM, AZE and RUS each welcomed what Trump put forward.)
  assert.ok(!claims.some((c) => ['ARM', 'AZE', 'RUS'].includes(c.actor) && c.type === 'ACCEPT'), got);
});

test('a list of European leaders still speaks for "European leaders" nearby (spec rule 8)', () => {
  const claims = claimsOf('The leaders of France, Germany and Poland met in Warsaw. European leaders then called for an immediate ceasefire in Sudan.');
  const got = brief(claims);
  for (const code of ['FRA', 'DEU', 'POL']) assert.ok(claims.some((c) => c.actor === code && c.type === 'DEMAND' && c.issue === 'ceasefire'), got);
});

test('a list with Israel in it is not the European leaders\' either', () => {
  const claims = claimsOf('Egypt hosted a meeting of the leaders of Israel, Qatar and the United States in Cairo. European leaders urged both sides to agree to a ceasefire in Gaza.');
  const got = brief(claims);
  // (A call on both sides by a third party proposes: PROPOSE.)
  assert.ok(claims.some((c) => c.actor === 'EUR' && c.issue === 'ceasefire'), got);
  assert.ok(!claims.some((c) => ['ISR', 'QAT', 'USA'].includes(c.actor)), got);
});
