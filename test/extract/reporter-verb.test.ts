// A past stance verb joined by "and"/"but" after a clause reported by a verb of saying, whose own verb is a modal or
// an auxiliary, is the reporter's second act (holder/reporter-verb), not the reported clause's subject's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));

test('"X said Y could …, but ruled out …" is X\'s refusal', () => {
  const claims = claimsOf('Armenian Prime Minister Nikol Pashinyan said Azerbaijan could sign the treaty within weeks, but ruled out any change to the constitution before a referendum.');
  const got = brief(claims);
  assert.ok(!claims.some((c) => c.actor === 'AZE' && c.type === 'REJECT'), got);
  assert.ok(claims.some((c) => c.actor === 'ARM' && c.type === 'REJECT'), got);
});

test('"X said Y was considering … and warned …" is X\'s threat (a title before an unknown name too)', () => {
  const claims = claimsOf('Secretary of State Antony Blinken said Washington had information that Iran was considering supplying missiles to Russia and warned that this would have "serious consequences".');
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'USA' && c.type === 'THREATEN'), got);
  assert.ok(!claims.some((c) => c.actor === 'IRN' && c.type === 'THREATEN'), got);
});

test('paraphrase: "… would …, and rejected …" after "told reporters that"', () => {
  const claims = claimsOf('Sudan\'s army chief Abdel Fattah al-Burhan told reporters that the RSF would have to leave Khartoum first, and rejected any ceasefire while the siege of El Fasher continued.');
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'SDN' && c.type === 'REJECT' && c.issue === 'ceasefire'), got);
});

test('a narrative clause keeps its own subject: "said Serbia attacked … and warned" is not rewritten', () => {
  const claims = claimsOf('Kosovo Prime Minister Albin Kurti said Serbia deployed troops to the border and demanded that NATO step in.');
  const got = brief(claims);
  // (The reported clause has a plain past verb, no auxiliary: holder/reporter-verb does not decide.)
  assert.ok(!claims.some((c) => c.type === 'DEMAND' && c.actor === 'XKX' && c.quote.includes('deployed')), got);
});

test('a party\'s thing as the reported clause\'s subject: the verb after "and" is still the reporter\'s (holder/reporter-thing)', () => {
  for (const [text, actor, type] of [
    ['France said Armenia\'s army should be capped at 50,000 troops and proposed an EU mission to monitor the border.', 'FRA', 'PROPOSE'],
    ['Kenya said Ethiopia\'s troops must leave Badme and offered to host a new round of talks in Nairobi.', 'KEN', 'OFFER'],
    ['Pashinyan said Azerbaijan\'s forces would have to withdraw from the border villages and rejected any corridor through Syunik.', 'ARM', 'REJECT'],
  ] as const) {
    const claims = claimsOf(text);
    const got = brief(claims);
    const second = claims.find((c) => c.actor === actor && c.type === type);
    assert.ok(second, got);
    // The second act is a claim of its own, not swallowed into the reported clause's content.
    assert.ok(!claims.some((c) => c.quote.includes(' and ') && c.quote.includes('should be capped')), got);
  }
});
