// A third party's deontic on another party's seat at the talks proposes a format (claim/participation-format): "Blinken
// said Azerbaijan would have to be at the table" said by a mediator = PROPOSE talks. A principal side's call, and
// Europe's seat claimed by a European holder, stay demands. Found by tabulating the type confusions of the tuning sets
// (own AA, AB, AD, V: DEMAND predicted, PROPOSE in gold). Sentences written for these tests, about other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test("a mediator's deontic on another party's seat at the talks proposes it", () => {
  for (const [body, want] of [
    ['Armenia and Azerbaijan resumed talks in Geneva. Erdogan said that Russia would have to be at the table at some point.', 'TUR PROPOSE talks'],
    // (A paraphrase: "be involved in the process".)
    ['Armenia and Azerbaijan resumed talks in Geneva. The Qatari emir said the European Union should be involved in the process.', 'QAT PROPOSE talks'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.some((l) => l.startsWith(want)), why);
    assert.ok(!got.some((l) => l.startsWith(want.replace('PROPOSE', 'DEMAND'))), why);
  }
});

test("a side's call, or a European holder on Europe's own seat, stays a demand", () => {
  for (const [body, want] of [
    ['Armenia and Azerbaijan resumed talks in Geneva. Pashinyan said that Russia would have to be at the table at some point.', 'ARM DEMAND talks'],
    ['Armenia and Azerbaijan resumed talks in Geneva. The Spanish foreign minister said the European Union must be at the table.', 'ESP DEMAND talks'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(!got.some((l) => l.startsWith(want.replace('DEMAND', 'PROPOSE'))), why);
  }
});
