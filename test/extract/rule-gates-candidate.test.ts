// Gates on per-candidate rules (RuleInfo.needs on trigger rules, run by runRules in extract/triggers.ts): each rule
// below is skipped on the candidates of a sentence without its words, is open on a sentence where it acts, and the
// claims are the same with the gates and without them on both (a gate that named a word the rule does not need would
// close on the first sentence of its pair and change its claims). The whole-suite check is rule-gates.test.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { getIndex } from '../../src/extract/index.js';
import type { RuleInfo } from '../../src/extract/rules/registry.js';
import { gateOpen, useGates } from '../../src/extract/rules/gate.js';
import { badFaithPurpose } from '../../src/extract/bad-faith-purpose.js';
import { believedStance } from '../../src/extract/believed-stance.js';
import { privateSubject } from '../../src/extract/private-subject.js';
import { negativeSubject } from '../../src/extract/negative-subject.js';
import { claimsOf } from './helpers.js';

const docOf = (text: string) => annotate(text, '2025-08-16', getIndex());

/** Per rule: a sentence it acts on (its words present), and one without its words. */
const CASES: Array<[RuleInfo, string, string]> = [
  [badFaithPurpose, 'Podolyak said Russia was seeking a pause to regroup.', 'Podolyak said Russia was seeking a pause.'],
  [believedStance, 'Erdogan said he believed Putin wanted the humanitarian bridge to continue.', 'Erdogan said Putin wanted the humanitarian bridge to continue.'],
  [privateSubject, 'Freight brokers in Sfax say they will not quote firm rates for Odesa loadings.', 'Ukraine says it will not quote firm rates for Odesa loadings.'],
  [negativeSubject, 'Nobody in Kyiv will accept the plan, Zelensky said.', 'Kyiv will accept the plan, Zelensky said.'],
];

for (const [rule, withWords, without] of CASES) {
  test(`${rule.id}: open where its words are, closed where they are not, same claims either way`, () => {
    assert.ok(rule.needs && rule.needs.length > 0, 'the rule has a gate');
    const doc = docOf(`${withWords} ${without}`);
    assert.equal(doc.sentences.length, 2);
    assert.equal(gateOpen(doc, doc.sentences[0], rule), true, withWords);
    assert.equal(gateOpen(doc, doc.sentences[1], rule), false, without);
    const gated = [withWords, without].map((b) => JSON.stringify(claimsOf(b)));
    useGates(false);
    let ungated: string[];
    try { ungated = [withWords, without].map((b) => JSON.stringify(claimsOf(b))); } finally { useGates(true); }
    assert.deepEqual(gated, ungated);
  });
}
