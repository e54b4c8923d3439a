// Threats by consequence (issue 7): a warning that the warned party's failure, refusal or delay would jeopardise
// something it has ("warning that failure to do so could jeopardize American support") threatens it; a warning
// about a thing with no such failure forecasts. Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('a warning that a failure to act would jeopardise something threatens; a forecast about a thing does not', () => {
  for (const [body, want] of [
    ['The EU warned that failure to hold the vote could jeopardize Serbia\'s accession talks.', 'EU THREATEN other []'],
    ['Brussels warned that a refusal to lift the blockade would endanger the truce with Armenia.', 'EU THREATEN ceasefire []'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
  }
  for (const body of [
    'The central bank warned that a failure of two lenders would hurt growth in Serbia.',
    'The EU warned that the storm could jeopardize the harvest in Moldova.',
  ]) {
    const { got, why } = labels(body);
    assert.deepEqual(got, [], why);
  }
});
