// A settlement wanted first or by a time (trigger/want-needs-act, src/extract/wanted-act.ts wantedSequence):
// "Moscow wants a full agreement first", "wanted a signed framework within weeks". Wanting the whole deal ahead of
// something else, or by a deadline, sets the order or timing of the negotiations, a demand on the talks (spec §2:
// talks covers sequencing), though the deal itself names no term. A deal wanted with nothing of order or time
// after it, a deal another party brokered, or a negated wish stays dropped. Found by scripts/drop-audit.mjs:
// want-needs-act dropped such wishes inside missed gold claims. Sentences written for these tests, with other
// parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('a settlement wanted first, before something else or within a time is a demand on the talks', () => {
  for (const [body, want] of [
    ['Sequencing: Armenia wants a ceasefire first; Azerbaijan wants a full agreement first.', 'AZE DEMAND talks []'],
    ['The Serbian foreign minister said on Friday that Belgrade wanted a signed framework "within weeks, not months."', 'SRB DEMAND talks []'],
    ['Baku wants a comprehensive peace treaty before any border commission meets, its foreign ministry said.', 'AZE DEMAND talks []'],
    ['Israel needs a final settlement first, the Israeli prime minister told reporters.', 'ISR DEMAND talks []'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
  }
});

test('a deal wanted with nothing of order or time after it, or not wanted, is still no claim on the talks', () => {
  for (const body of [
    'Pristina wants a deal, its prime minister said.',
    'Khartoum wants an agreement brokered by Riyadh, the army spokesman said.',
    'Yerevan does not want a full agreement first, the Armenian prime minister said.',
    'The Sudanese general said his side wanted the first deal to be signed in Jeddah.',
  ]) {
    const { got, why } = labels(body);
    assert.ok(!got.some((l) => / talks /.test(l) && /DEMAND/.test(l)), why);
  }
});
