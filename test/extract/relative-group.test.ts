// A stance in a relative clause right after a plural noun of parties that names none ("the partners who are ready
// to provide guarantees", "the states which support the peace formula") describes those unnamed parties: nobody named
// holds it (holder/relative-group). Before it, the sentence's subject took it: a foreign ministry's "We are grateful to
// the partners who are ready to provide guarantees for the safety of navigation" was Ukraine's own offer.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('a clause describing unnamed partners, states or countries is not the subject\'s stance', () => {
  for (const [body, bad] of [
    ['Armenia thanked the partners who are ready to provide guarantees for the safety of navigation.', /^ARM OFFER/],
    ['Yerevan would discuss it once the states which support the Armenian peace plan have agreed a common position.', /^ARM ACCEPT/],
    ['Pristina is grateful to the countries that are ready to recognise its independence.', /^XKX (OFFER|ACCEPT)/],
  ] as const) {
    const { got, why } = labels(body);
    assert.ok(!got.some((l) => bad.test(l)), why);
  }
});

test('positives that must stay: a named party\'s "who" clause, a verb "states that", a complement "that"', () => {
  for (const [body, want] of [
    ['Aliyev praised Erdogan, who has offered to host talks.', 'TUR OFFER talks []'],
    ['The memorandum states that Armenia will accept no restrictions on the size of its army.', 'ARM REJECT military_limits []'],
    ['Armenia demanded that Azerbaijan withdraw from the border villages.', 'ARM DEMAND territory []'],
    ['Rutte said France, Italy and Spain were among the countries that would finance the air defence systems for Armenia.', 'FRA OFFER military_limits []'],
  ] as const) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
  }
});
