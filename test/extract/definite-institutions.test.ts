// A definite institution refers back like a definite person role (discourse/definite-roles, rules.json
// 'institutions'): "Armenia's foreign ministry rejected the draft. The ministry also called on …". Without it the
// stance had no holder (holder/none, found by scripts/drop-audit.mjs among the drops inside missed gold claims).
// An institution with no earlier mention carrying its word, or one followed by "of" (a new description), is no one.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('"the ministry", "the delegation", "the government", "the coalition" refer back to the party whose institution was named', () => {
  for (const [body, want] of [
    ["Armenia's foreign ministry said on Monday that the draft was unacceptable. The ministry also called on Baku to withdraw its troops from the border villages.", 'ARM DEMAND territory []'],
    ["Serbia's delegation arrived in Brussels on Monday. The delegation proposed a new round of talks in Brussels next month.", 'SRB PROPOSE talks []'],
    ["Israel's government met on Sunday to discuss the hostages. The government later offered a ceasefire of six weeks in Gaza.", 'ISR OFFER ceasefire []'],
    ['Leaders of the coalition of the willing met in Paris on Tuesday. The coalition stands ready to provide a multinational force to help regenerate Armenia\'s armed forces.', 'COW OFFER security_guarantees []'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
  }
});

test('an institution with no earlier mention carrying its word, or a new description, refers to no one', () => {
  for (const body of [
    'The ministry called on Baku to withdraw its troops from the border villages.',
    "Sudan's army chief visited Jeddah on Monday. The delegation proposed a new round of talks in Jeddah next month.",
    "Armenia's foreign ministry spoke on Monday. The ministry of a neighbouring state called on Baku to withdraw its troops from the border villages.",
  ]) {
    const { got, why } = labels(body);
    assert.ok(!got.some((l) => /DEMAND territory|PROPOSE talks/.test(l)), why);
  }
});
