// A third party's plan or paper asking that territorial integrity or sovereignty be upheld demands it (claim/plan-
// principle), as the party's support for the principle does (claim/backed-principle): DEMAND territory, not the
// proposal sentence/plan-proposes makes of the plan's other content, which stays a proposal. Found by tabulating the
// type confusions of the tuning sets (own S, U, Y, Z, AB: PROPOSE predicted, DEMAND in gold). Sentences written for
// these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test("a plan's call to uphold territorial integrity is its authors' demand; the rest of the plan stays a proposal", () => {
  {
    const { got, why } = labels('Serbia and Kosovo met in Brussels. The EU published a paper on Monday. The paper says the territorial integrity of all states must be respected and that the police should leave the north.');
    assert.ok(got.includes('EU DEMAND territory []'), why);
  }
  {
    // (A paraphrase: sovereignty and integrity "upheld", another author and dispute.)
    const { got, why } = labels('Armenia and Azerbaijan met in Geneva. China published a paper on Monday. The paper says the sovereignty, independence and territorial integrity of all countries must be upheld.');
    assert.ok(got.includes('CHN DEMAND territory []'), why);
    assert.ok(!got.includes('CHN PROPOSE territory []'), why);
  }
});

test("a plan's ceasefire or exchange of prisoners stays its authors' proposal", () => {
  const { got, why } = labels('Armenia and Azerbaijan resumed talks in Geneva. Turkey published a six-point plan on Monday. The plan says a ceasefire must be agreed and prisoners must be exchanged.');
  assert.ok(got.includes('TUR PROPOSE ceasefire []'), why);
  assert.ok(!got.some((l) => l.startsWith('TUR DEMAND')), why);
});
