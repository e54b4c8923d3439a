// Leaving something that is no land is no withdrawal (issues.json: the talks' and the grain deal's own "leave the …"
// terms, and the noise terms of leaving an organisation, a room or a question), and a party that will not leave the
// talks offers to stay in them (claim/stays-at-table). Sentences written for these tests, with other parties and
// places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('leaving the talks or the grain deal names them, not land', () => {
  assertIncludes([
    ['Kurti threatened to leave the talks.', 'XKX THREATEN talks []'],
    ['Vucic said Serbia would leave the negotiating table if the sanctions stayed.', 'SRB THREATEN talks []'],
    ['Russia threatened to leave the Black Sea Grain Initiative.', 'RUS THREATEN ceasefire []'],
  ]);
});

test('leaving an organisation, a room or a question is no stance on land', () => {
  for (const body of [
    'Pashinyan threatened to leave the CSTO.',
    'Orban threatened to leave the European Union.',
    'Aliyev said any limits on its army would leave the country vulnerable.',
    'The two leaders agreed to leave the question of Karabakh for later.',
  ]) {
    const got = labels(body);
    assert.ok(!got.some((l) => l.includes(' territory ')), `${body}\n${got.join('\n')}`);
  }
});

test('a party that will not leave the talks offers to stay in them', () => {
  assertIncludes([
    ['Lavrov said Moscow would not leave the talks.', 'RUS OFFER talks []'],
    ['Blinken said Washington would not walk away from the negotiations.', 'USA OFFER talks []'],
    ['Kurti said Pristina would never quit the dialogue with Belgrade.', 'XKX OFFER talks []'],
  ]);
  // (Walking away, not negated, stays a threat; troops not leaving land stay a stance on land.)
  assertIncludes([
    ['Vance said Washington would walk away from the talks.', 'USA THREATEN talks []'],
    ['Aliyev said Azerbaijan would not leave the occupied villages.', 'AZE REJECT territory []'],
  ]);
});
