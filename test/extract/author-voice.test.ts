// Memoirs, op-eds, letters: an official's own writing speaks in the first person outside quotation marks, and its
// "we" is the author's party (discourse/author-voice), not the party named last before it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (claims: ReturnType<typeof claimsOf>) => JSON.stringify(claims.map((c) => [c.actor, c.type, c.issue, c.quote]));

const memoir = [
    "The following is an edited excerpt from \"Nights in Brussels\" by Besnik Krasniqi, who served as an adviser to the Kosovo delegation in the talks of 2023. Reprinted with permission.",
    "",
    "By Besnik Krasniqi",
    "",
    "The Serbian side arrived late and left early. Petar Petkovic read a list of demands: an association of the northern municipalities with executive powers, and the return of Serbian police to the north.",
    "",
    "In March we offered to hold local elections in the north under European observation. We proposed a joint commission on missing persons. Belgrade refused. Its envoy told us: \"We will never accept a commission that puts our sovereignty in question.\"",
  ].join('\n');

test('a memoir excerpt by a delegation\'s adviser: its narrative "we" is the delegation\'s party', () => {
  const claims = claimsOf(memoir, { published: '2026-03-06' });
  const got = brief(claims);
  // (Before: "we offered", "We proposed" went to the Serbian side named before them.)
  assert.ok(claims.some((c) => c.actor === 'XKX' && c.type === 'OFFER' && c.issue === 'governance'), got);
  assert.ok(!claims.some((c) => c.actor === 'SRB' && (c.type === 'OFFER' || c.type === 'PROPOSE')), got);
  // The other side's envoy quoted inside keeps his own "we": no Kosovo refusal.
  assert.ok(!claims.some((c) => c.actor === 'XKX' && c.type === 'REJECT'), got);
});

const opEd = [
    "Opinion",
    "",
    "Peace in the Caucasus needs courage, by Ararat Mirzoyan, Armenia's foreign minister.",
    "",
    "Azerbaijan says it wants a treaty. So do we. We are ready to sign the peace agreement this year, and we propose to open the border crossings at Margara within a month.",
  ].join('\n');

test('an op-ed by a foreign minister: "we" is the minister\'s state, not the party named in the sentence before', () => {
  const claims = claimsOf(opEd, { published: '2026-03-06' });
  const got = brief(claims);
  assert.ok(claims.some((c) => c.actor === 'ARM' && c.type === 'OFFER' && c.issue === 'talks'), got);
  assert.ok(!claims.some((c) => c.actor === 'AZE' && c.type === 'OFFER'), got);
});

test('negatives: a news report with no memoir, op-ed or letter word keeps its ordinary pronouns; a byline alone is no voice', () => {
  const body = [
    'By Lena Hartmann, with reporting by Reuters',
    '',
    'Armenia\'s foreign minister met his Azerbaijani counterpart in Geneva on Monday.',
    '',
    'Azerbaijan said it was ready to sign the peace agreement this year.',
  ].join('\n');
  const claims = claimsOf(body, { published: '2026-03-06' });
  assert.ok(claims.some((c) => c.actor === 'AZE' && c.type === 'OFFER' && c.issue === 'talks'), brief(claims));
  assert.ok(!claims.some((c) => c.actor === 'ARM'), brief(claims));
});

test('in an op-ed, the author\'s own "by" line without a party gives no voice', () => {
  const body = [
    'Opinion',
    '',
    'By Lena Hartmann',
    '',
    'Azerbaijan says it wants a treaty. We should believe it when it signs. Baku proposed to open the border crossings within a month.',
  ].join('\n');
  const claims = claimsOf(body, { published: '2026-03-06' });
  assert.ok(!claims.some((c) => c.actor !== 'AZE'), brief(claims));
});
