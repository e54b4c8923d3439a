// Halting at a line is a ceasefire on that line, not land and not a harmful step (issues.json, the ceasefire frame of a
// verb of halting near a noun of the line or the front; harm.ts: a halt a ceasefire term starts at is a concession).
// Sentences written for this test, with parties other than the Russia–Ukraine corpus; negatives included.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const show = (claims: ReturnType<typeof claimsOf>) => claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n') || 'no claims';

const CASES: Array<{ body: string; want?: string; none: string[] }> = [
  { body: 'Armenia was ready to stop along the current line of contact, Pashinyan said.', want: 'ARM OFFER ceasefire []', none: ['ARM THREATEN territory []', 'ARM THREATEN ceasefire []'] },
  { body: 'Azerbaijan was ready to stop "on the current line" if Armenia did the same.', want: 'AZE OFFER ceasefire []', none: ['AZE THREATEN territory []'] },
  { body: 'Khartoum said it would halt on the current front line if the RSF did the same.', want: 'SDN OFFER ceasefire []', none: ['SDN THREATEN ceasefire []'] },
  { body: 'Eritrea said both armies should simply stop at the border line where they are.', want: 'ERI DEMAND ceasefire []', none: ['ERI DEMAND territory []'] },
  // Negatives: a halt of a thing given stays a harmful step; troops going back to a line stay a withdrawal.
  { body: 'Baku said it would stop gas deliveries to Armenia.', none: ['AZE OFFER ceasefire []'] },
  { body: 'Azerbaijan demanded that Armenian troops pull back to the line of 2020.', want: 'AZE DEMAND territory []', none: ['AZE DEMAND ceasefire []'] },
  { body: 'Belgrade said Serbian police would not stop patrolling the administrative line.', none: ['SRB OFFER ceasefire []'] },
];

for (const c of CASES) {
  test(`halt at a line: ${c.body}`, () => {
    const claims = claimsOf(c.body);
    if (c.want) assert.ok(claims.some((x) => label(x) === c.want), show(claims));
    for (const n of c.none) assert.ok(!claims.some((x) => label(x) === n), show(claims));
  });
}
