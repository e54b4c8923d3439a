// "Baku's position is simple: Armenia must …": a party's position noun before a colon speaks what follows (holder/position-colon).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));

test('a possessor\'s position noun, a copula and a judgement before a colon: the possessor wants the deontic after it', () => {
  const claims = claimsOf('The talks in Abu Dhabi ended on Monday. Baku\'s position is simple and firm: Armenia must withdraw its troops from the border villages.');
  assert.ok(claims.some((c) => c.actor === 'AZE' && c.type === 'DEMAND' && c.issue === 'territory'), brief(claims));
});

test('a reply to a third party before the colon: still the possessor\'s', () => {
  const claims = claimsOf('Kosovo\'s reply to the mediators was clear: the sanctions on Serbia must stay in place until Belgrade recognises the border.');
  assert.ok(claims.some((c) => c.actor === 'XKX' && c.type === 'DEMAND' && c.issue === 'sanctions'), brief(claims));
});

test('no position noun (a fact before the colon) speaks nothing', () => {
  const claims = claimsOf('Baku\'s army is tired: Armenia must withdraw its troops from the border villages.');
  assert.ok(!claims.some((c) => c.actor === 'AZE'), brief(claims));
});
