// Backing a person who just took a stance endorses the stance (trigger/receives-person 'backing', content/
// anaphoric-object): "Aliyev demanded that Armenia withdraw … Erdogan backed him." is Turkey's acceptance of the
// demand. Receiving or welcoming a person ("welcomed him in Ankara"), or backing a person in something else ("backed
// him in the election"), stays dropped. Found by scripts/drop-audit.mjs (a drop inside a missed gold claim).
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('backing "him" or "her" at the end of a clause endorses the stance that person just took', () => {
  for (const [body, want] of [
    ['Aliyev demanded that Armenia withdraw its troops from the border villages. Turkish President Recep Tayyip Erdogan backed him.', 'TUR ACCEPT territory []'],
    ['Netanyahu said Israel was ready for a six-week ceasefire in Gaza. The German chancellor supported him, calling it the right step.', 'DEU ACCEPT ceasefire []'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
  }
});

test('welcoming a person, or backing a person in something else, endorses no stance', () => {
  for (const [body, party] of [
    ['Aliyev demanded that Armenia withdraw its troops from the border villages. Erdogan welcomed him in Ankara with a guard of honour.', 'TUR'],
    ['Aliyev demanded that Armenia withdraw its troops from the border villages. Erdogan backed him in the 2023 election.', 'TUR'],
    ['Vucic rejected any recognition of Kosovo. Moscow has long supported him and his party.', 'RUS'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(!got.some((l) => l.startsWith(`${party} `)), why);
  }
});
