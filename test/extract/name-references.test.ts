// A known person named in full once is named by one part of the name later in the article (issue 7, holders):
// the family name, last in most names and first in Chinese and Korean order. Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');

test("a known person's surname alone, later in the article, speaks for the person's party", () => {
  for (const [body, want] of [
    ['UN relief chief Tom Fletcher arrived in Port Sudan on Monday. Fletcher called for an immediate ceasefire in El Fasher.', 'UN PROPOSE ceasefire []'],
    ['The Chinese special representative Li Hui visited Chisinau on Tuesday. At the end of the visit, Li said there was no panacea, and called on all parties to start peace talks.', 'CHN PROPOSE talks []'],
  ] as const) {
    const cs = claimsOf(body, { published: '2025-06-10' });
    assert.deepEqual(cs.map(label), [want], `${body}\n${show(cs)}`);
  }
  // A name no one was introduced by gives no party.
  const cs = claimsOf('Fletcher called for an immediate ceasefire in El Fasher.', { published: '2025-06-10' });
  assert.deepEqual(cs.map(label), [], show(cs));
});
