// A briefing transcript whose title names its host by a party adjective before an office ("Turkish Foreign Ministry
// press briefing (Caucasus-related questions)") is hosted by that party, not by a party the title names later
// (discourse/record-host-adjective): the spokesperson's "we", "our" and unnamed predicates are the host's.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));
const has = (claims: ReturnType<typeof claimsOf>, actor: string, type: string, issue: string) => claims.some((c) => c.actor === actor && c.type === type && c.issue === issue);

const body = [
  'The following are the Caucasus-related questions and answers from the regular press briefing of the ministry spokesperson.',
  '',
  'Anadolu: Baku said on Monday that it would not sign the treaty until Yerevan changed its constitution. What is your comment?',
  '',
  'Spokesperson: Our position is clear: dialogue and negotiation are the only way out. We propose that both sides observe the ceasefire along the border.',
].join('\n');

test('"Turkish Foreign Ministry press briefing (Armenia-related questions)": the spokesperson speaks for Turkey', () => {
  const claims = claimsOf(body, { title: 'Transcript: Turkish Foreign Ministry regular press briefing, 2 June 2025 (Armenia-related questions)', published: '2025-06-02' });
  const got = brief(claims);
  assert.ok(has(claims, 'TUR', 'PROPOSE', 'ceasefire'), got);
  assert.ok(claims.some((c) => c.actor === 'TUR' && c.issue === 'talks'), got);
  // (Before: the title's later "Armenia" hosted the briefing, and the spokesperson's "we" was Armenia.)
  assert.ok(!claims.some((c) => c.actor === 'ARM'), got);
});

test('a title with a party adjective before no office still takes the first party named', () => {
  const claims = claimsOf(body, { title: 'Transcript: Armenian questions at the Turkey press briefing, 2 June 2025', published: '2025-06-02' });
  assert.ok(!has(claims, 'ARM', 'PROPOSE', 'ceasefire'), brief(claims));
});
