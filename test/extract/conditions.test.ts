// Conditions of several words ("on condition that", "as soon as", "provided that", "once Kyiv …", "the
// moment Moscow …") pair a stance with the demand they state (claim/if-condition), as "if" does; a halted
// hostile act is a concession, not a threat; a parenthetical speaker is not the subject; "an agreed plan"
// describes. Sentences written for this test, with parties and places other than the corpus's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

const CASES: Array<{ body: string; want: string[] }> = [
  { body: 'Moscow would halt strikes on the port of Odesa on condition that Kyiv stops attacking Russian tankers, Peskov said.', want: ['RUS OFFER ceasefire [UA-51]', 'RUS DEMAND ceasefire []'] },
  { body: 'Turkey is ready to host direct talks as soon as both sides agree to a ceasefire, Fidan said.', want: ['TUR OFFER talks []', 'TUR DEMAND ceasefire []'] },
  { body: 'India would be willing to send peacekeepers once Russia and Ukraine sign a ceasefire agreement, Jaishankar said.', want: ['IND OFFER security_guarantees []', 'IND DEMAND ceasefire []'] },
  // a halted hostile act is offered
  { body: 'The Kremlin said Russia would stop shelling the city of Kharkiv.', want: ['RUS OFFER ceasefire [UA-63]'] },
  // a parenthetical speaker; a participle after an article
  { body: 'Moldova, he said, was ready to present an agreed plan to the Russian side at a second summit.', want: ['MDA OFFER talks []'] },
  // with no issue in a longer predicate, a deontic demands its subject
  { body: 'Ushakov said any meeting between the two presidents would have to be prepared step by step.', want: ['RUS DEMAND talks []'] },
];

// "once again", "the moment" with no party after it: no condition.
const NONE: Array<{ body: string; type: string }> = [
  { body: 'Turkey once again offered to host talks between the two sides, Fidan said.', type: 'DEMAND' },
  { body: 'Poland is ready to host a summit at the moment, Tusk said.', type: 'DEMAND' },
];

claimCases('condition', CASES);

for (const c of NONE) {
  test(`no condition: ${c.body}`, () => {
    const claims = claimsOf(c.body).filter((x) => x.type === c.type);
    assert.deepEqual(claims.map((x) => label(x)), [], claims.map((x) => `${label(x)} «${x.quote}»`).join('\n'));
  });
}
