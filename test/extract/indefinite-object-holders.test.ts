// A party named after a preposition and "a"/"an" is an object like one after "the" ("talks with a US team"), and
// a participle after a party's document noun is the document's ("a United Nations resolution calling for …"):
// neither the object nor the sentence's subject takes a stance that is not theirs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));

test('"talks with a US team": the party after "with a" is an object; "its readiness" is the subject\'s', () => {
  const claims = claimsOf('After eight hours of talks with a US team in Jeddah, Sudan expressed its readiness to accept a ceasefire.');
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'SDN' && c.type === 'ACCEPT' && c.issue === 'ceasefire'), got);
  assert.ok(!claims.some((c) => c.actor === 'USA'), got);
});

test('a participle after a party\'s document noun is the document author\'s, not the subject\'s', () => {
  for (const det of ['the', 'a']) {
    const claims = claimsOf(`Hungary abstained from ${det} European Union statement calling for a ceasefire in Gaza.`);
    const got = brief(claims);
    assert.ok(claims.some((c) => c.actor === 'EU' && c.issue === 'ceasefire'), got);
    assert.ok(!claims.some((c) => c.actor === 'HUN'), got);
  }
});

test('a party after "a" heading its sentence is still a subject', () => {
  const claims = claimsOf('A US official said Washington wants an immediate ceasefire in Sudan.');
  assert.ok(claims.some((c) => c.actor === 'USA' && c.type === 'DEMAND' && c.issue === 'ceasefire'), brief(claims));
});
