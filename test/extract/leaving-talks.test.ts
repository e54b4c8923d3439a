// Withdrawing, pulling out or walking out of the talks, a deal or a treaty is leaving that process, not land
// (content/leaving-talks): "threatened to pull out of the Jeddah talks" is about the talks. Sentences written for
// these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

for (const [body, who] of [
  ['Khartoum threatened to pull out of the Jeddah talks if the United States invited the RSF.', 'SDN'],
  ['Serbia warned it would withdraw from the Brussels dialogue.', 'SRB'],
  ['Azerbaijan threatened to pull out of the peace agreement with Armenia.', 'AZE'],
] as const) {
  test(`leaving the talks or a deal is about the talks: ${body}`, () => {
    const got = claimsOf(body).filter((c) => c.actor === who).map(label);
    assert.ok(got.some((l) => / talks /.test(l)) && !got.some((l) => / territory /.test(l)), got.join('\n'));
  });
}

test('withdrawing from land stays territory', () => {
  const donetsk = claimsOf('Russia demanded that Ukraine withdraw from the Donetsk region before any talks.').map(label);
  assert.ok(donetsk.includes('RUS DEMAND territory [UA-14]'), donetsk.join('\n'));
  const villages = claimsOf('Armenia offered to pull its troops out of the border villages.').map(label);
  assert.ok(villages.includes('ARM OFFER territory []'), villages.join('\n'));
  const town = claimsOf('Kosovo demanded that Serbia withdraw from the town of Zvecan ahead of the talks.').map(label);
  assert.ok(town.some((l) => /^XKX DEMAND territory/.test(l)), town.join('\n'));
});

test('a place or modifiers may name the deal left: "its withdrawal from the Black Sea grain initiative" is no land', () => {
  for (const [body, who] of [
    ['Egypt urged Russia to reverse its withdrawal from the Black Sea grain initiative.', 'EGY'],
    ['Armenia called on Azerbaijan to reconsider its withdrawal from the Nagorno-Karabakh trilateral ceasefire statement.', 'ARM'],
    ['Seoul criticised the North\'s withdrawal from the 2018 Korean military agreement.', 'KOR'],
  ] as const) {
    const got = claimsOf(body).filter((c) => c.actor === who).map(label);
    assert.ok(!got.some((l) => / territory /.test(l)), `${body}\n${got.join('\n')}`);
  }
  // A preposition ends the phrase: the talks after it are not what is left.
  const before = claimsOf('Kyiv demanded the withdrawal of all Russian forces before talks.').map(label);
  assert.ok(before.includes('UKR DEMAND territory []'), before.join('\n'));
});
