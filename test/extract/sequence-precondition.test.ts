// A third party's deontic that sets what must come first ("the first step must be to stop the shooting", "the next
// step must be one at which a ceasefire is agreed", "a ceasefire must come at the beginning, not at the end") is a
// precondition, a DEMAND even from a mediator (claim/mediator-proposes 'stepOrdinals', 'stepNouns', 'startNouns'), and
// so is a mediator's insisting ('demandCues': spec §2 names "insist" among the DEMAND cues). A mediator's bare call
// stays a proposal. Found by tabulating the type confusions of the tuning sets (own L, N, V, W: PROPOSE predicted,
// DEMAND in gold). Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('a third party saying what must come first demands it', () => {
  for (const [body, want] of [
    ['Armenia and Azerbaijan resumed talks in Geneva. Erdogan said the first step must be to stop the shelling on the border.', 'TUR DEMAND ceasefire'],
    ['Armenia and Azerbaijan resumed talks in Geneva. The French foreign minister said a truce must come at the beginning, not at the end.', 'FRA DEMAND ceasefire'],
    // (A paraphrase: "the next step".)
    ['Armenia and Azerbaijan resumed talks in Geneva. Macron said the next step must be an end to the shelling.', 'FRA DEMAND ceasefire'],
    ['Armenia and Azerbaijan resumed talks in Geneva. Macron insisted that a truce between them be agreed before any meeting.', 'FRA DEMAND ceasefire'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.some((l) => l.startsWith(want)), why);
    assert.ok(!got.some((l) => l.startsWith(want.replace('DEMAND', 'PROPOSE'))), why);
  }
});

test("a mediator's bare call for a truce between the sides stays a proposal", () => {
  for (const [body, want] of [
    ['Armenia and Azerbaijan resumed talks in Geneva. China called for a ceasefire between Armenia and Azerbaijan.', 'CHN PROPOSE ceasefire'],
    ['Armenia and Azerbaijan resumed talks in Geneva. Erdogan said a truce should be agreed as soon as possible.', 'TUR PROPOSE ceasefire'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.some((l) => l.startsWith(want)), why);
  }
});
