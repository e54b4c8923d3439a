// Readiness to engage with another party's proposal — to discuss, consider, study or look at it — accepts it
// (trigger/engaged-proposal), as openness to it does (trigger/open-to-proposal): "Baku is ready to discuss the Armenian
// proposals" is AZE ACCEPT, not an offer. The holder's own proposal and a thing no one proposed stay offers. Sentences
// written for this test, on other disputes than the corpus's.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

/** The labels of the claims held by `actor` in `body`. */
const held = (body: string, actor: string) => claimsOf(body).filter((c) => c.actor === actor).map(label);

const accepts: Array<[string, string, string]> = [
  ['Azerbaijan said it was ready to discuss the Armenian proposals.', 'AZE', 'AZE ACCEPT talks []'],
  ['Belgrade said it remained willing to consider the European proposals, but that Pristina had walked away from the talks.', 'SRB', 'SRB ACCEPT talks []'],
  ['Eritrea was ready to discuss the basic provisions of the Ethiopian plan.', 'ERI', 'ERI ACCEPT talks []'],
  ['Armenia said it was prepared to look at the Russian proposals.', 'ARM', 'ARM ACCEPT talks []'],
  ["Sudan's army said it was prepared to study Kenya's idea of a humanitarian corridor.", 'SDN', 'SDN ACCEPT humanitarian []'],
];

test('readiness to discuss, consider, study or look at another party\'s proposal accepts it', () => {
  for (const [body, actor, want] of accepts) {
    const got = held(body, actor);
    assert.ok(got.includes(want), `${body}\n${got.join('\n')}`);
    assert.ok(!got.some((l) => l.includes(' OFFER ')), `${body}\n${got.join('\n')}`);
  }
});

// (An author the lexicon codes no party for, named by a capitalised adjective: still another party's proposal.)
test('a proposal whose author is a capitalised adjective with no party code is another\'s: accepted', () => {
  for (const [body, actor, want] of [
    ['Eritrea said it remained willing to consider the African proposals.', 'ERI', 'ERI ACCEPT talks []'],
    ['Belgrade said it was ready to study the Nordic proposals.', 'SRB', 'SRB ACCEPT talks []'],
  ] as Array<[string, string, string]>) {
    const got = held(body, actor);
    assert.ok(got.includes(want), `${body}\n${got.join('\n')}`);
  }
  // (The holder's own party named by its adjective stays its own proposal, an offer.)
  const own = held('Armenia said it was ready to discuss the Armenian proposals.', 'ARM');
  assert.ok(own.includes('ARM OFFER talks []') && !own.some((l) => l.includes(' ACCEPT ')), own.join('\n'));
});

test('a coordinated second infinitive of engaging reads the same', () => {
  const body = 'Serbia was prepared to receive the EU envoy and to discuss "the basic provisions" of the French plan.';
  const got = held(body, 'SRB');
  assert.ok(got.includes('SRB ACCEPT talks []'), `${body}\n${got.join('\n')}`);
  assert.ok(!got.some((l) => l.includes(' OFFER ')), `${body}\n${got.join('\n')}`);
});

// Negatives: the holder's own proposal, a thing no one put forward, an unauthored "idea of", and a refusal.
const offers: Array<[string, string, string]> = [
  ['Kosovo said it was ready to discuss its own proposal for a community of municipalities.', 'XKX', 'XKX OFFER talks []'],
  ['Azerbaijan said it was ready to discuss the line of contact.', 'AZE', 'AZE OFFER territory []'],
  ['Yerevan said it was ready to discuss the idea of a truce.', 'ARM', 'ARM OFFER ceasefire []'],
  ['Addis Ababa is ready to discuss a ceasefire in Tigray.', 'ETH', 'ETH OFFER ceasefire []'],
];

test('negatives: one\'s own proposal, a thing itself, or an unauthored idea stay offers', () => {
  for (const [body, actor, want] of offers) {
    const got = held(body, actor);
    assert.ok(got.includes(want), `${body}\n${got.join('\n')}`);
    assert.ok(!got.some((l) => l.includes(' ACCEPT ')), `${body}\n${got.join('\n')}`);
  }
});

test('negatives: a refusal to discuss another\'s proposal stays a refusal', () => {
  const body = 'Serbia said it was not ready to discuss the Kosovar proposals.';
  const got = held(body, 'SRB');
  assert.ok(!got.some((l) => l.includes(' ACCEPT ') || l.includes(' OFFER ')), `${body}\n${got.join('\n')}`);
});
