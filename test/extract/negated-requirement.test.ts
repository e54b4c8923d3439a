// A refusal of every settlement that lacks X demands X (claim/negated-requirement): "Kyiv will accept no plan that
// does not restore its 1991 borders" = UKR DEMAND territory, not a REJECT. Found by tabulating the type confusions of
// the tuning sets (own O, U, X, Y, AD: REJECT predicted, DEMAND in gold). Refusing a plan described by a non-restrictive
// relative (", which does not mention …") or by what it would require ("a plan that would require it to give up land")
// stays a refusal. Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('refusing any settlement that does not provide for X demands X', () => {
  for (const [body, want] of [
    ['Armenia will reject any deal that does not guarantee the return of its prisoners.', 'ARM DEMAND humanitarian'],
    ['Pashinyan said a treaty which does not include the return of all detainees would be unacceptable.', 'ARM DEMAND humanitarian'],
    ['Pristina will accept no agreement that does not recognise the independence of Kosovo.', 'XKX DEMAND recognition'],
    ['Ethiopia will accept no settlement that does not restore its control over the border town of Badme.', 'ETH DEMAND territory'],
    // (A paraphrase: the judgement after the clause, "would not be acceptable", "is not a basis for peace".)
    ['Aliyev said any plan that did not provide for the withdrawal of Armenian troops from the districts would not be acceptable.', 'AZE DEMAND territory'],
    ['Aliyev said that a peace plan that fails to include the withdrawal of Armenian troops is not a basis for peace.', 'AZE DEMAND territory'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.some((l) => l.startsWith(want)), why);
    assert.ok(!got.some((l) => l.startsWith(want.replace('DEMAND', 'REJECT'))), why);
  }
});

test('refusing a settlement for what it contains, or a plan described in passing, stays a refusal', () => {
  for (const [body, want] of [
    ['Hamas rejected a deal that would require it to hand over its weapons.', 'DEMAND'],
    ['Serbia rejected the plan, which does not mention the withdrawal of police from the north.', 'DEMAND'],
    ['Israel will not accept a truce that leaves Hamas in control of Gaza.', 'DEMAND'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(!got.some((l) => l.split(' ')[1] === want), why);
  }
});
