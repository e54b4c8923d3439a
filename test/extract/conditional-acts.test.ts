// "would A if B" with any act of the subject's own (candidate/modal conditionalVerbs, issue 7 "conditionals"):
// under a condition, what a party says it would sign, hold, open or send is its offer for the condition, which
// it demands ("Moscow would sign a peace treaty if Kyiv pulled its troops out of Donetsk"). Without a condition
// the same words report a plan or a schedule; after a warning they are the threat's step. Sentences written
// for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const PUB = { published: '2025-03-14' };

test('an act of the subject under a condition is an offer, and the condition a demand', () => {
  let cs = claimsOf('Putin said Moscow would sign a peace treaty if Kyiv pulled its troops out of Donetsk.', PUB);
  assert.deepEqual(cs.map(label).sort(), ['RUS DEMAND territory [UA-14]', 'RUS OFFER talks []'], show(cs));
  cs = claimsOf('Seoul would hold talks if Pyongyang halted its missile tests, the unification minister said.', PUB);
  assert.ok(cs.some((c) => label(c) === 'KOR OFFER talks []'), show(cs));
  cs = claimsOf('The Serbian president said Belgrade will open negotiations on the border as long as Pristina withdraws its special police from the north.', PUB);
  assert.ok(cs.some((c) => label(c) === 'SRB OFFER talks []'), show(cs));
  assert.ok(cs.some((c) => c.actor === 'SRB' && c.type === 'DEMAND' && c.issue === 'territory'), show(cs));
});

test('without a condition, or after a warning, the act is no offer', () => {
  let cs = claimsOf('NATO will hold a summit in Vilnius in July, the alliance said.', PUB);
  assert.deepEqual(cs.map(label), [], show(cs));
  cs = claimsOf('Israel will open a new crossing into Gaza next week, officials said.', PUB);
  assert.ok(!cs.some((c) => c.type === 'OFFER'), show(cs));
  cs = claimsOf('Aliyev warned that Azerbaijan would open the corridor "by force" if Armenia kept stalling on the route.', PUB);
  assert.ok(!cs.some((c) => c.actor === 'AZE' && c.type === 'OFFER'), show(cs));
});
