// Lists (issue 7, several parties and lists): a plan noun and its part noun before a colon that ends the sentence
// ("Ankara's humanitarian track has three strands:", "Brazil's peace initiative rests on four pillars:") introduce
// the bullet lines after it, each item the plan's holder's proposal. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');

test('a plan and its parts before a colon that ends the sentence introduce the bullet lines after it', () => {
  for (const [body, want] of [
    ["Ankara's humanitarian track has three strands:\n\n– the return of children taken to Russia;\n\n– an exchange of wounded prisoners;\n\n– access for the Red Cross to detainees.", ['TUR PROPOSE humanitarian []']],
    ["Brazil's peace initiative rests on four pillars:\n\n- a ceasefire along the current line;\n\n- talks without preconditions;\n\n- guarantees for both sides.", ['BRA PROPOSE ceasefire []', 'BRA PROPOSE talks []']],
  ] as const) {
    const cs = claimsOf(body, { published: '2025-06-10' });
    assert.deepEqual([...new Set(cs.map(label))].sort(), [...want].sort(), `${body}\n${show(cs)}`);
  }
});
