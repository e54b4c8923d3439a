// Stance cues in their other forms (issue 7, "the wording is a long tail"): the participle that opens a
// clause ("…, demanding that", "insisting on", "offering to", "promising to") and the third person or past
// of phrasal cues ("counts on", "counted on", "agrees on") take a stance like the base form. Sentences
// written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const PUB = { published: '2025-03-14' };

test('a participle clause takes the stance of its cue', () => {
  const cases: Array<[string, string]> = [
    ['The Armenian premier wrote to the mediators on Monday, demanding that Azerbaijan withdraw its troops from the border villages.', 'ARM DEMAND territory'],
    ['Belgrade sent a letter to Brussels, insisting on the withdrawal of the special police from the north.', 'SRB DEMAND territory'],
    ['Seoul issued a statement on Friday, offering to resume the talks at Panmunjom.', 'KOR OFFER talks'],
    ['Chisinau wrote to Tiraspol on Tuesday, promising to lift the sanctions once the bridge reopens.', 'MDA OFFER sanctions'],
  ];
  for (const [body, want] of cases) {
    const cs = claimsOf(body, PUB);
    assert.ok(cs.some((c) => `${c.actor} ${c.type} ${c.issue}` === want), `${body}\n${show(cs)}`);
  }
});

test('phrasal cues in the third person and the past', () => {
  let cs = claimsOf('Baku counted on Yerevan to withdraw its claims to the enclave.', PUB);
  assert.ok(cs.some((c) => c.actor === 'AZE' && c.type === 'DEMAND'), show(cs));
  cs = claimsOf('Israel agrees on a six-week truce in Gaza, the Qatari mediators said.', PUB);
  assert.ok(cs.some((c) => label(c) === 'ISR ACCEPT ceasefire []'), show(cs));
});
