// Pressure on a party to do something asks it of that party (trigger/needs-party-object 'pressureNouns'): "kept up
// pressure on Pristina to accept the framework" is a demand of the holder, not the holder's own acceptance;
// "pressure on Moscow" with nothing the party is to do asks nothing. And a call to take a whole plan counts four
// words after the verb, not four tokens (content/plan-is-talks): "to accept the U.S. plan". Found by
// scripts/drop-audit.mjs (a drop inside a missed gold claim). Sentences written for these tests, with other parties
// and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('pressure on a party to do something is a demand of it, not the holder\'s own acceptance', () => {
  for (const [body, want, not] of [
    ['Washington kept up pressure on Pristina to accept the framework.', 'USA DEMAND talks []', 'USA ACCEPT talks []'],
    ['The EU increased pressure on Khartoum to agree to a truce in Darfur.', 'EU DEMAND ceasefire []', 'EU ACCEPT ceasefire []'],
    ['Trump rebuked Aliyev on Thursday. His administration kept up pressure on Armenia to accept a U.S. framework for ending the war.', 'USA DEMAND talks []', 'USA ACCEPT talks []'],
    ['Brussels urged Belgrade to accept the U.S. plan.', 'EU DEMAND talks []', 'EU DEMAND other []'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
    assert.ok(!got.includes(not), why);
  }
});

test('pressure on a party with nothing it is to do asks nothing', () => {
  for (const body of [
    'This aims to increase economic pressure on Belgrade.',
    'Paris put pressure on Baku, its foreign minister said.',
    'Western pressure on Yerevan is growing.',
  ]) {
    const { got, why } = labels(body);
    assert.deepEqual(got, [], why);
  }
});
