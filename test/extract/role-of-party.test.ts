// A singular role, "of" and a party ("the representative of the Russian Federation", "the foreign minister of
// Armenia") is one mention of that party, like "Armenia's foreign minister" (discourse/role-of-party). Before it, the
// party after "of" was an object, the sentence had no speaker, and the "he added" of the next sentence took the
// speaker carried from an earlier turn: a UN meeting summary gave the Russian delegate's "must eliminate the root
// causes" to the United States and the British delegate's "peace must respect territorial integrity" to Russia.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('"the representative of X said …; he added, must …": the next sentence\'s pronoun is X\'s speaker, not the turn before', () => {
  for (const [body, actor, not] of [
    ["The representative of Serbia said Belgrade wanted dialogue. The representative of Kosovo said her delegation had voted against the text. Any settlement, she added, must include the recognition of Kosovo's independence.", 'XKX', 'SRB'],
    ['The ambassador of Egypt said Cairo had hosted both delegations. The ambassador of Israel said his government had no quarrel with the text. Any truce, he added, must include the release of all hostages.', 'ISR', 'EGY'],
  ] as const) {
    const { got, why } = labels(body);
    const last = got.filter((l) => /recognition|humanitarian/.test(l));
    assert.ok(last.some((l) => l.startsWith(`${actor} `)), why);
    assert.ok(!last.some((l) => l.startsWith(`${not} `)), why);
  }
});

test('"the foreign minister of X told reporters that …" is X\'s stance', () => {
  const { got, why } = labels('The foreign minister of Armenia told reporters that Azerbaijan must withdraw its troops from the border villages.');
  assert.ok(got.some((l) => l.startsWith('ARM DEMAND territory')), why);
});

test('not a role of a party: a state\'s allies, a stance noun, a former office, a role of no known party', () => {
  for (const [body, bad] of [
    ['The allies of Armenia said Baku must withdraw its troops from the border villages.', /^ARM /],
    ['The former president of Georgia said Russia must withdraw its troops from Abkhazia.', /^GEO /],
    ['The representative of a neighbouring state said Baku must withdraw its troops from the border villages.', /^(ARM|AZE) DEMAND/],
  ] as const) {
    const { got, why } = labels(body);
    assert.ok(!got.some((l) => bad.test(l)), why);
  }
  // ("the proposal of Turkey": the stance noun keeps its own holder rule, of-party-stance.)
  const { got, why } = labels('Washington backed the proposal of Turkey for a truce in Gaza.');
  assert.ok(got.includes('TUR PROPOSE ceasefire []') && got.includes('USA ACCEPT ceasefire []'), why);
});
