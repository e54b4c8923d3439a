// A record names a speaker in full once ("PRESIDENT OF SERBIA (Aleksandar Vucic):") and shortens the label later
// ("PRESIDENT:"): the short label is that speaker again, and its "we" is the speaker's party
// (discourse/repeated-label). An office's label in a host's record ("The Minister:") keeps speaking for the host.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));

const body = [
  'CHAIR (Ana Brnabic, Speaker of the National Assembly): Dear deputies, the President of the Republic addresses the Assembly.',
  '',
  'PRESIDENT OF SERBIA (Aleksandar Vucic): Dear deputies, I will present the position we took in Brussels.',
  '',
  'CHAIR: Colleagues, please, let the President finish.',
  '',
  'PRESIDENT: Kosovo must be forced to respect the agreements. We will not accept a ceasefire that simply gives Pristina time to rearm.',
].join('\n');

test('"PRESIDENT:" after "PRESIDENT OF SERBIA (…):" is the same speaker', () => {
  const claims = claimsOf(body, { title: 'Plenary sitting of the National Assembly of Serbia, 3 June 2025 (excerpts)', published: '2025-06-03' });
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'SRB' && c.type === 'REJECT' && c.issue === 'ceasefire'), got);
  // (Before: the short label spoke for no one, and "we" was Kosovo, the last party named.)
  assert.ok(!claims.some((c) => c.actor === 'XKX' && c.type === 'REJECT'), got);
});
