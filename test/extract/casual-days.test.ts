// Days as letters, newsletters and broadcast scripts write them: "on the 28th" (discourse/ordinal-day), "over the
// weekend", "this morning", "last night" (read by chrono once the sentence is let through its gate). Sentences written
// for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import { findDates } from '../../src/annotate/dates.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
// Tuesday 1 December 2026.
const PUB = { published: '2026-12-01' };
const CASES: Array<[string, string, unknown]> = [
  ["On the 28th, Sudan's army rejected the ceasefire.", 'SDN', '2026-11-28'],
  ['Serbia said on the 30th that it would never recognise Kosovo.', 'SRB', '2026-11-30'],
  ['Over the weekend, Kosovo offered to resume talks in Brussels.', 'XKX', { from: '2026-11-28', to: '2026-11-29' }],
  ['The prime minister told us this morning that Armenia would never accept a change to its borders.', 'ARM', '2026-12-01'],
  ['Azerbaijan demanded last night that Armenia change its constitution.', 'AZE', '2026-11-30'],
];
for (const [body, actor, want] of CASES) {
  test(`casual days: ${body}`, () => {
    const cs = claimsOf(body, PUB);
    const c = cs.find((x) => x.actor === actor);
    assert.ok(c, show(cs));
    assert.deepEqual(brief(c!).date, want, show(cs));
  });
}

test('negatives: an ordinal that counts a round, an anniversary or a day "of" a month is no day; "by the 3rd" is a deadline', () => {
  const at = (text: string) => findDates(text, 0, '2026-12-01').map((d) => [d.text, d.value]);
  assert.deepEqual(at('The 5th round of talks opened.'), []);
  assert.deepEqual(at('On the 80th anniversary of the war, Baku spoke.'), []);
  assert.deepEqual(at('Armenia must withdraw by the 3rd.'), []);
  // ("the plan discussed in Geneva at the weekend" is left as before: no date.)
  assert.deepEqual(at('The plan discussed in Geneva at the weekend could form a basis.'), []);
});
