// Stance nouns held inside another party's stance (issue 7, holders in noun phrases): a proposal, offer, plan or
// initiative whose party stands right before it ("a French proposal", "Moscow's offer", "the Ethiopian plan") and
// which names no issue itself is that party's stance on what the other party's stance is about
// (content/held-object). Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body, { published: '2025-06-10' }); return { got: cs.map(label).sort(), cs }; };

test("a held stance noun in the object of another party's stance takes that stance's issue", () => {
  for (const [body, want] of [
    ['Baku rejected a French proposal for a joint commission on the border.', ['AZE REJECT talks []', 'FRA PROPOSE talks []']],
    ['Asmara refused to endorse the Ethiopian plan.', ['ERI REJECT talks []', 'ETH PROPOSE talks []']],
    ["Yerevan turned down Moscow's offer of a new gas contract for the winter.", ['ARM REJECT other []', 'RUS OFFER other []']],
  ] as const) {
    const { got, cs } = labels(body);
    assert.deepEqual(got, [...want].sort(), `${body}\n${show(cs)}`);
  }
});

test('a stance noun negated after the other party\'s stance, or held by no party, gives nothing of its own', () => {
  for (const [body, absent] of [
    ['The Armenian delegation will meet the Azerbaijani delegation without preconditions.', 'AZE'],
    // (The noun outside the other party's stance: another clause, or after a negation.)
    ['Baku rejected talks in Paris, and a French proposal is expected next week.', 'FRA'],
    ['Baku rejected any talks without a French proposal.', 'FRA'],
  ] as const) {
    const { got, cs } = labels(body);
    assert.ok(!got.some((l) => l.startsWith(`${absent} `)), `${body}\n${show(cs)}`);
  }
});
