// In a mediator's plan or draft, a negated modal whose subject is another party than the authors ("- Armenia would
// not become a member of the CSTO or NATO" in Ankara's proposal) is a provision, the authors' proposal, not their
// refusal (sentence/plan-negated-provision). The plan's own authors refusing, or a principal side's own plan, keep
// their types. Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

test('another party\'s "would not" in a mediator\'s plan is the plan\'s proposal', () => {
  const got = claimsOf('The Turkish proposal, as described by two diplomats:\n\n- Armenia would not become a member of the CSTO or NATO.\n- The border would be demarcated.').map(label);
  assert.ok(got.includes('TUR PROPOSE alliance []'), got.join('\n'));
  assert.ok(!got.some((l) => l.startsWith('TUR REJECT')), got.join('\n'));
  const us = claimsOf('The leaked US draft, according to three officials:\n\n- Georgia would not become a member of NATO, though it could join the EU.\n- Georgia would receive guarantees from a group of European states.').map(label);
  assert.ok(us.includes('USA PROPOSE alliance []'), us.join('\n'));
  assert.ok(!us.some((l) => l.startsWith('USA REJECT')), us.join('\n'));
});

test('the authors\' own refusal stays a refusal', () => {
  const got = claimsOf('Under the Qatari draft, Qatar would not host Hamas leaders.').map(label);
  assert.ok(got.some((l) => l.startsWith('QAT REJECT')), got.join('\n'));
});
