// Expectation and hope as demands (issue 7, "expectation and deontic"): "it hoped Washington would use its
// influence to …", "counting on Berlin and Paris not to stand in the way of the agreed steps", "counting on its
// European partners to keep Russia's frozen reserves locked". An expectation of other parties (several, or a
// group that names no party) to act is the holder's demand; standing in the way of the process is about the
// talks. Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body); return { got: cs.map(label).sort(), why: `${body}\n${show(cs)}` }; };

test('an expectation that other parties act, or do not obstruct the process, is a demand; a hope of one\'s own is not', () => {
  for (const [body, want] of [
    ['The Kremlin said it was counting on Berlin and Paris not to stand in the way of the agreed steps.', 'RUS DEMAND talks []'],
    ['Baku said it was counting on Paris and Washington not to create obstacles to the border commission.', 'AZE DEMAND talks []'],
    ['"We expect that Yerevan and its Western partners will not throw a wrench in the works," the Azerbaijani foreign minister said.', 'AZE DEMAND talks []'],
    ['Seoul said it hoped Washington would use its influence to make Pyongyang accept a ceasefire along the border.', 'KOR DEMAND ceasefire []'],
    ['Kyiv is counting on its European partners to keep the frozen Russian reserves locked, the Ukrainian prime minister said.', 'UKR DEMAND sanctions []'],
  ]) {
    const { got, why } = labels(body);
    assert.ok(got.includes(want), why);
  }
  // A hope of one's own, or about events, or reliance on partners with nothing for them to do, is no demand.
  for (const body of [
    'The Serbian president hopes to visit Brussels in June.',
    'Seoul hopes the summit will go ahead.',
    'Kyiv is counting on its European partners, the Ukrainian prime minister said.',
  ]) {
    const { got, why } = labels(body);
    assert.deepEqual(got, [], why);
  }
});
