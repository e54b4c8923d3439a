// Finite passives: "X remains opposed by Y", "has been welcomed by Y" — the agent holds the stance, and with
// no stance named before it, the passive's subject is what the stance is about (issue 7).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (body: string) => claimsOf(body).map((c) => `${c.actor} ${c.type} ${c.issue}`);

const cases: Array<[string, string]> = [
  ['Full NATO membership for Georgia remains opposed by the United States and several allies.', 'USA REJECT alliance'],
  ['Lifting sanctions on Belarusian potash is still opposed by Lithuania, diplomats said.', 'LTU REJECT sanctions'],
  ['Eventual EU membership for Serbia has been welcomed by Germany.', 'DEU ACCEPT other'],
  // The subject ends at a clause boundary: "Article 5-style guarantees" belong to the first clause.
  ['Tbilisi is seeking Article 5-style guarantees, as NATO membership remains opposed by Washington.', 'USA REJECT alliance'],
  // Receiving a proposal favourably or coolly, in the passive.
  ['The Turkish proposal for a ceasefire in the Black Sea was also viewed favorably by Putin.', 'RUS ACCEPT ceasefire'],
  ['The Finnish proposal for a buffer zone near Kharkiv was greeted with scepticism by Moscow.', 'RUS REJECT territory'],
];
for (const [body, want] of cases) {
  test(`passive with its agent: ${body}`, () => {
    const got = brief(body);
    assert.ok(got.includes(want), JSON.stringify(got));
  });
}

test('a participle with no auxiliary describes: no stance of the agent\'s', () => {
  for (const body of ['The deal, backed by the United States, was signed in Baku on Monday.', 'A ceasefire along the border, guaranteed by neutral observers, is the aim of the talks.']) {
    const got = claimsOf(body);
    assert.ok(!got.some((c) => c.actor === 'USA' || c.type === 'ACCEPT' || c.type === 'OFFER'), JSON.stringify(got.map((c) => [c.actor, c.type, c.issue])));
  }
});

test('a passive after a stance named before it keeps that stance as its object', () => {
  const got = brief('The Chinese proposal for a Christmas truce was rejected by Kyiv on Monday.');
  assert.ok(got.includes('CHN PROPOSE ceasefire') && got.includes('UKR REJECT ceasefire'), JSON.stringify(got));
});

test('people welcomed in the passive are received, not endorsed', () => {
  const got = claimsOf('The delegation heads were welcomed by Emirati leaders at the palace on Friday.');
  assert.equal(got.length, 0, JSON.stringify(got.map((c) => [c.actor, c.type, c.issue])));
});
