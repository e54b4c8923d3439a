// A possessor whose possessed noun is another party's mention holds nothing after it (issue 7, holders: wrong party):
// "Kyiv's European backers demanded a seat at the table" was UKR's demand; it is the backers' (EUR). A person of the
// possessor's own party is still it ("Azerbaijan's Aliyev and Turkey's Erdogan have suggested …"). Sentences written
// for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const actors = (body: string) => { const cs = claimsOf(body, { published: '2025-09-05' }); return { got: [...new Set(cs.map((c) => c.actor))].sort(), cs }; };

test("a possessor's group or patrons hold the verb after them, not the possessor", () => {
  for (const [body, want] of [
    ["Kyiv's European backers demanded a seat at the table.", ['EUR']],
    ["Yerevan's European partners called for a return to the talks in Brussels.", ['EUR']],
    // A person of the possessor's own party speaks for it.
    ["Azerbaijan's Aliyev and Turkey's Erdogan have suggested to organise talks with Armenia.", ['AZE', 'TUR']],
  ] as const) {
    const { got, cs } = actors(body);
    assert.deepEqual(got, [...want], `${body}\n${show(cs)}`);
  }
});

// A party named by its stance noun ("the Serbian proposal") is a noun phrase of its own: the party after "and"
// is not coordinated with it, and holds its own noun alone.
test('a stance noun named by its party is not coordinated with the possessor after it', () => {
  for (const [body, want] of [
    ["The Serbian demand and Kurti's refusal to hold a referendum are likely to stall the talks.", ['XKX']],
    ["The Chinese proposal and Taipei's rejection of any talks under it left Washington silent.", ['TWN']],
    ["The Ethiopian plan and Asmara's refusal to withdraw troops from the border worried mediators.", ['ERI']],
  ] as const) {
    const { got, cs } = actors(body);
    assert.deepEqual(got, [...want], `${body}\n${show(cs)}`);
  }
});
