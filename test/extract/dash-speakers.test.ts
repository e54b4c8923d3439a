// A quote credited after a dash, on its own line or after the closing mark (discourse/dash-speaker).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.evidence?.[0]?.quote]));

test('a speaker on the line after a quote, after a dash, speaks it: its "we" and its "must" are the speaker\'s', () => {
  const body = [
    'Azerbaijani officials said on Monday that the draft treaty was almost ready.',
    '"We are ready to talk about a pull-back of our troops, but Baku must withdraw its forces from the territory of Armenia to the same extent."',
    '— Nikol Pashinyan, Prime Minister of Armenia (interview with a French daily)',
    'Key differences',
  ].join('\n');
  const claims = claimsOf(body);
  const got = brief(claims);
  // (Before: "We are ready" went to Azerbaijan, named in the paragraph before, and the demand had no holder.)
  assert.ok(claims.some((c) => c.actor === 'ARM' && c.type === 'DEMAND' && c.issue === 'territory'), got);
  assert.ok(!claims.some((c) => c.actor === 'AZE'), got);
});

test('a speaker after a dash in the quote\'s own paragraph speaks it', () => {
  const body = [
    'Kosovo\'s government repeated its call for talks in Brussels on Monday.',
    '"Serbia will never recognise the independence of Kosovo, and Pristina must withdraw its special police from the north." — Aleksandar Vucic, Serbian president, on Monday',
  ].join('\n');
  const claims = claimsOf(body);
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'SRB' && c.type === 'DEMAND' && c.issue === 'territory'), got);
  assert.ok(!claims.some((c) => c.actor === 'XKX' && c.evidence?.some((e) => /withdraw/.test(e.quote))), got);
});

test('a bullet after a quote ("- Kurti proposed …") credits nothing to the quote', () => {
  const body = [
    'The talks in Brussels ended without a result, officials said.',
    '"There is no agreement yet on the north, and the police must withdraw from the border crossings."',
    '- Albin Kurti proposed a ceasefire in the north on Monday.',
  ].join('\n');
  const claims = claimsOf(body);
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'XKX' && c.type === 'PROPOSE' && c.issue === 'ceasefire'), got);
  assert.ok(!claims.some((c) => c.evidence?.some((e) => /must withdraw/.test(e.quote))), got);
});
