// In one side's quote, a "they" set against the speaker's "we"/"our" is the front's other side (discourse/opposed-they).
// The fronts come from test/fixtures/lexicon-custom (an Armenia-Azerbaijan front).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { FIXTURES } from '../helpers/paths.js';
import { claimsOf } from './helpers.js';

const DIR = join(FIXTURES, 'lexicon-custom');
const HEADER = { outlet: 'Armenpress', published: '2025-06-10' };
const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));

test('"They want our Syunik" in Pashinyan\'s quote is Azerbaijan, named just before, not the mediators named first', () => {
  const body = 'European officials said on Monday that most points of the draft had been settled, although Azerbaijan did not take part in the talks. Pashinyan warned: "They want our Syunik region. And we will not cede our Syunik."';
  const claims = claimsOf(body, HEADER, [DIR]);
  const got = brief(claims);
  // (Before: the first subject of the sentence before, the European officials.)
  assert.ok(claims.some((c) => c.actor === 'AZE' && c.type === 'DEMAND' && c.issue === 'territory'), got);
  assert.ok(!claims.some((c) => c.actor === 'EUR' && c.type === 'DEMAND'), got);
  assert.ok(claims.some((c) => c.actor === 'ARM' && c.type === 'REJECT' && c.issue === 'territory'), got);
});

test('a "they" the quote itself names (an ally) stays the ally', () => {
  const body = 'Azerbaijan rejected the draft on Monday. Pashinyan said: "France stands with us. They are ready to supply our army with air defence systems."';
  const claims = claimsOf(body, HEADER, [DIR]);
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'FRA' && c.type === 'OFFER'), got);
  assert.ok(!claims.some((c) => c.actor === 'AZE' && c.type === 'OFFER'), got);
});

test('with no "we" against it, "they" is resolved as before', () => {
  const body = 'European officials said on Monday that most points had been settled, although Azerbaijan did not take part. Pashinyan said: "They propose a ceasefire along the border."';
  const claims = claimsOf(body, HEADER, [DIR]);
  assert.ok(!claims.some((c) => c.actor === 'AZE' && c.type === 'PROPOSE'), brief(claims));
});
