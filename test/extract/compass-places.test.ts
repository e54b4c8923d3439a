// A point of the compass between a preposition and a party's name ("in western Belarus", "in north-eastern Syria")
// leaves the name a place the preposition governs (discourse/compass-places). Before it, the lower-case adjective
// stopped the scan back to the preposition, the country was read as a subject, and "the two delegations met … in
// western Belarus and agreed in principle on humanitarian corridors" was Belarus's acceptance, not the two sides'.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('a country after "in western", "in southern", "in north-eastern" is the place of the meeting, not who agreed', () => {
  for (const [body, place] of [
    ['The two delegations met for about three hours at a hunting lodge in western Egypt and agreed in principle on a prisoner exchange.', 'EGY'],
    ['The Serbian and Kosovan teams talked for six hours in a castle in southern Austria and agreed to resume the dialogue.', 'AUT'],
    ['The envoys spent two days at a resort in north-eastern Turkey and agreed on the return of the bodies of the fallen.', 'TUR'],
  ] as const) {
    const { got, why } = labels(body);
    assert.ok(!got.some((l) => l.startsWith(`${place} `)), why);
  }
  const { got, why } = labels('The two delegations met for about three hours at a hunting lodge in western Egypt and agreed in principle on a prisoner exchange.');
  assert.ok(got.includes('RUS ACCEPT humanitarian []') && got.includes('UKR ACCEPT humanitarian []'), why);
});

test('positives that must stay: a subject named with a compass word of its own, mediators from a party', () => {
  for (const [body, want] of [
    ["Eastern Sudan is calm. Sudan's army rejected the truce proposed by the mediators.", 'SDN REJECT ceasefire []'],
    ['The mediators from Qatar spent a week in eastern Sudan and proposed a humanitarian truce in Darfur.', 'QAT PROPOSE ceasefire []'],
    ['Armenian and Azerbaijani negotiators met for two days at a resort in northern Georgia and agreed on the return of the bodies of the fallen.', 'AZE ACCEPT humanitarian []'],
  ] as const) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
  }
});
