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

test('a possessive pronoun resolved to a party, and a position that "has not changed", speak too', () => {
  const his = claimsOf('Kosovo\'s prime minister spoke in Pristina on Monday. His message was simple: the sanctions on Serbia must stay.');
  assert.ok(his.some((c) => c.actor === 'XKX' && c.type === 'DEMAND' && c.issue === 'sanctions'), brief(his));
  const their = claimsOf('Azerbaijan\'s negotiators returned from Geneva on Monday. Their position has not changed: Armenia must withdraw its troops from the border villages.');
  assert.ok(their.some((c) => c.actor === 'AZE' && c.type === 'DEMAND' && c.issue === 'territory'), brief(their));
  // (An unresolved pronoun speaks nothing.)
  const none = claimsOf('The weather was bad on Monday. Its message was simple: Armenia must withdraw its troops from the border villages.');
  assert.ok(!none.some((c) => c.actor === 'AZE'), brief(none));
});
