// A person introduced by a party's role, the place of the post and a name between commas ("Ukraine's ambassador to
// South Africa, Olha Kravets, …") is learned for the role's party (discourse/posted-name). Before it the name was
// learned for no one, so an interview's "Kravets: We would welcome South Africa's help …" and "We ask our African
// friends to press for the release of civilians" took "we" for South Africa, the country of the post.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('the posted person speaks for the party of the role, later by name or as an interview label', () => {
  for (const [body, want, not] of [
    ["The Ledger spoke to Armenia's ambassador to France, Hrant Tadevosyan, in Paris. What role should Paris play?\n\nTadevosyan: We ask our French friends to press for the release of all Armenian prisoners held in Baku.", 'ARM DEMAND humanitarian []', 'FRA'],
    ["Israel's ambassador to Egypt, Amira Halevy, arrived in Cairo on Monday. Halevy said the truce in Gaza must be extended by two weeks.", 'ISR PROPOSE ceasefire []', 'EGY'],
    ["Kosovo's representative to the EU, Arta Berisha, and Serbia's envoy met. Berisha said Belgrade must recognise Kosovo's independence.", 'XKX DEMAND recognition []', 'EU'],
  ] as const) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
    assert.ok(!got.some((l) => l.startsWith(`${not} `)), why);
  }
});

test('positives that must stay: the role speaking itself, a named person the lexicon knows', () => {
  for (const [body, want] of [
    ["Serbia's envoy to the European Union, Danilo Vukmirovic, said Belgrade would never recognise Kosovo's independence.", 'SRB REJECT recognition []'],
    ["Israel's ambassador to Egypt, Amira Halevy, told reporters in Cairo that Israel was ready to extend the truce in Gaza by two weeks.", 'ISR OFFER ceasefire []'],
  ] as const) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
  }
});

test('no name learned without the comma-closed name: a place list, a single word', () => {
  // ("Armenia's ambassador to France, Germany and Italy said …": the places go on; no one is learned, and France
  // stays an object of the post.)
  const { got, why } = labels("Armenia's ambassador to France, Germany and Italy said Baku must release all Armenian prisoners.");
  assert.ok(!got.some((l) => /^(FRA|DEU|ITA) /.test(l)), why);
});
