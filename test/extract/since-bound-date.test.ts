// claim/since-bound-date: "for the first time since the spring of 2023" bounds a span of time; it does not date a
// stance in the simple past ("met on Friday … and agreed"), which takes the sentence's other day or the usual fallback.
// A stance held over the span ("has insisted since March") or one in a "when" clause of the since-date ("since
// April, when he told …") keeps it. Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
const FRI = { published: '2025-03-08' }; // a Saturday: "on Friday" is 2025-03-07

function dateOf(body: string, want: string): unknown {
  const cs = claimsOf(body, FRI);
  const c = cs.find((x) => label(x) === want);
  assert.ok(c, `no ${want} in\n${show(cs)}`);
  return brief(c!).date;
}

test('a "since" date before a simple-past stance does not date it', () => {
  assert.equal(dateOf('Serbian and Kosovo officials sat across a table from each other on Friday for the first time since the spring of 2023, in Brussels, and agreed to exchange 20 detainees each.', 'SRB ACCEPT humanitarian []'), '2025-03-07');
  assert.equal(dateOf('Armenia and Azerbaijan met on Friday for the first time since March 2023 and agreed to resume border talks.', 'ARM ACCEPT talks []'), '2025-03-07');
  assert.equal(dateOf('Meeting on Friday for the first time since 2022, Ethiopia and Eritrea agreed to reopen the border talks.', 'ETH ACCEPT talks []'), '2025-03-07');
});

test('a "since" date still dates a stance held over the span, or the "when" clause it opens', () => {
  assert.deepEqual(dateOf('Since March, Azerbaijan has insisted that Armenia change its constitution before any treaty is signed.', 'AZE DEMAND governance []'), { from: '2025-03-01', to: '2025-03-08' });
  assert.equal(dateOf('Before the war, Baku demanded that the OSCE group be dissolved, and since 24 February Azerbaijan has insisted that Armenia change its constitution.', 'AZE DEMAND governance []'), '2025-02-24');
  const c = dateOf('The line has hardened since January 2025, when Aliyev told reporters that Armenia must change its constitution.', 'AZE DEMAND governance []');
  assert.equal(c, '2025-01', JSON.stringify(c));
});
