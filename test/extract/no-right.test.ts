// Denying a party the right, mandate or authority to act refuses the act (cues.json 'no-right', held like a
// deontic by the speaker); refusing to give up, give back or provide something is a refusal, not a refusal to
// speak (trigger/no-comment's verbs that speak only with a word of information after them). Sentences written for
// these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, assertNone, claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('no right, no mandate, not entitled: the act is refused by the speaker', () => {
  assertIncludes([
    ['Pashinyan said Armenia has no legal right and no moral right to give up its territory.', 'ARM REJECT territory []'],
    ['Kurti said he has no mandate to hand over the northern municipalities.', 'XKX REJECT territory []'],
    ['Vucic said Pristina does not have the right to join NATO.', 'SRB REJECT alliance []'],
  ]);
});

test('refusing to give up, give back or provide something refuses it', () => {
  assertIncludes([
    ['Baku refused to give up the occupied villages.', 'AZE REJECT territory []'],
    ['Yerevan refused to give back the border villages.', 'ARM REJECT territory []'],
    ['Washington refused to provide security guarantees to Georgia.', 'USA REJECT security_guarantees []'],
  ]);
});

test('refusing to speak is still no stance; a right affirmed is no refusal', () => {
  assertNone([
    'Aliyev declined to give details of the peace treaty with Armenia.',
    'The Serbian president refused to go into specifics about the talks on Kosovo.',
    'Baku declined to name a date for the signing of the peace treaty with Yerevan.',
    'Pristina declined to provide information about the prisoners.',
    'Armenia has the right to defend its territory.',
  ], ' REJECT ');
});

test("a speaker's own \"I\" refusing to give up land refuses it; refusing to give details does not", () => {
  const land = labels('Pashinyan said: "I am not going to give up Armenian land."');
  assert.ok(land.includes('ARM REJECT territory []'), land.join('\n'));
  const details = labels('Pashinyan said: "I am not going to give details of the talks on the border."');
  assert.ok(!details.some((l) => l.includes(' REJECT ')), details.join('\n'));
});
