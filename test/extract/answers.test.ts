// Answers to a stance reported just before (content/anaphoric-object): "X turned down both", "rejected it
// outright", "called the idea absurd" take the whole stance referred to — every issue and place it named.
// Sentences written for this test, with parties and places other than those of the construction fixtures.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { body: string; want: string[] }

const CASES: Case[] = [
  { body: 'Qatar has proposed a truce over Easter and the return of deported children. Moscow turned down both.', want: ['QAT PROPOSE ceasefire []', 'QAT PROPOSE humanitarian []', 'RUS REJECT ceasefire []', 'RUS REJECT humanitarian []'] },
  { body: 'Kyiv wants Russia to leave the Kharkiv region and to halve its army. The Kremlin called the idea ridiculous.', want: ['UKR DEMAND territory [UA-63]', 'UKR DEMAND military_limits []', 'RUS REJECT territory [UA-63]', 'RUS REJECT military_limits []'] },
  { body: 'India proposed a ceasefire in the Black Sea. Moscow accepted it, while Kyiv rejected it flatly.', want: ['IND PROPOSE ceasefire []', 'RUS ACCEPT ceasefire []', 'UKR REJECT ceasefire []'] },
  { body: 'Ukraine wants Russian troops out of the Zaporizhzhia region.', want: ['UKR DEMAND territory [UA-23]'] },
];

// An answer inside a subordinate clause answers nothing; a pronoun that is no object refers to nothing.
const NEGATIVE: Array<{ body: string; none: string }> = [
  { body: 'Brazil proposed talks in Geneva. The plan can go ahead whenever Moscow and Kyiv are ready for it.', none: 'UKR' },
];

for (const c of CASES) {
  test(`answer: ${c.body}`, () => {
    const claims = claimsOf(c.body);
    const got = claims.map((x) => label(x)).sort();
    assert.deepEqual(got, [...c.want].sort(), claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
  });
}

test('no answer in a subordinate clause: "whenever Moscow and Kyiv are ready for it"', () => {
  const claims = claimsOf(NEGATIVE[0].body);
  assert.deepEqual(claims.filter((x) => x.actor === 'UKR' || x.actor === 'RUS').map((x) => label(x)), []);
});
