// A counted part of Ukraine's allies is the coalition of the willing (issue 7, holders: group nouns): "26 of
// Ukraine's allies have pledged to deploy troops" gave no claim, or the speaker's; it is COW's offer
// (discourse/counted-patrons). Another state's counted allies stay nobody. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body, { published: '2025-09-05' }); return { got: cs.map(label).sort(), cs }; };

test("a counted part of Ukraine's allies or partners is the coalition of the willing", () => {
  for (const body of [
    "Starmer said on Friday that 31 of Ukraine's partners had committed to sending troops to a reassurance force after a truce.",
    "Thirty of Kyiv's allies have pledged to send troops once a ceasefire is signed.",
  ]) {
    const { got, cs } = labels(body);
    assert.deepEqual(got, ['COW OFFER security_guarantees []'], `${body}\n${show(cs)}`);
  }
});

test("another state's counted allies, and Ukraine's uncounted ones, are no coalition", () => {
  for (const body of [
    "Ten of Armenia's allies have pledged to send monitors to the border.",
    "Ukraine's allies have pledged to send more air defence systems.",
  ]) {
    const { got, cs } = labels(body);
    assert.ok(!got.some((l) => l.startsWith('COW ')), `${body}\n${show(cs)}`);
  }
});
