// A step with no party as its subject under another party's refusal is the speaker's threat
// (candidate/unnamed-refusal-consequence): "if Kyiv and the West rejected the offer, the conditions for talks would be
// different next time", "weapons deliveries could be reduced if Kyiv refused to engage". Sentences written for this
// test, with other parties (Armenia/Azerbaijan, Serbia/Kosovo, Ethiopia/Eritrea, Sudan).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');
const labels = (body: string) => claimsOf(body).map((x) => label(x));

const CASES: Case[] = [
  {
    name: 'the conditions for talks would change if the offer were rejected (fronted condition after "that")',
    body: 'Aliyev said that if Yerevan rejected the offer, the conditions for the peace talks would be different next time.',
    want: ['AZE THREATEN talks'],
  },
  {
    name: 'aid reduced if the other side refuses (condition after the step)',
    body: 'Washington said military aid and intelligence sharing could be reduced if Asmara refused to engage.',
    want: ['USA THREATEN military_limits'],
  },
  {
    name: 'a reporting aside between the condition and the subject',
    body: 'If Pristina rejected the plan, Vucic said, the terms of any future settlement would include the northern municipalities.',
    want: ['SRB THREATEN'],
  },
  {
    name: 'a negated verb of complying in the condition',
    body: 'Khartoum warned that if the RSF did not withdraw from the capital, the terms for a ceasefire in Jeddah would be harder next time.',
    want: ['SDN THREATEN ceasefire'],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'a condition of wanting, not refusing, is no threat',
    body: 'Aliyev said that if Yerevan accepted the offer, the conditions for the peace talks would be better next time.',
    want: [],
    not: ['AZE THREATEN talks'],
  },
  {
    name: 'a negated step foretells nothing held over anyone',
    body: 'Vucic said the sanctions on Kosovo would not change if Pristina rejected the plan.',
    want: [],
    not: ['SRB THREATEN sanctions'],
  },
  {
    name: 'an analyst is no party: no holder',
    body: 'Analysts said that if Yerevan rejected the offer, the peace talks would be different next time.',
    want: [],
  },
  {
    name: 'a verb of saying inside the condition is the refusing party, not the speaker',
    body: 'If Asmara says no, the sanctions will come.',
    want: [],
    not: ['ERI THREATEN sanctions'],
  },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`unnamed refusal consequence: ${c.name}`, () => {
    const got = labels(c.body);
    const loose = got.map((l) => l.replace(/ \[.*\]$/, ''));
    const prefix = (w: string) => loose.some((l) => l === w || l.startsWith(w + ' '));
    for (const w of c.want) assert.ok(w.includes('[') ? got.includes(w) : prefix(w), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(n.includes('[') ? !got.includes(n) : !loose.includes(n), `unwanted ${n}\n${show(c.body)}`);
    if (c.want.length === 0 && !c.not) assert.deepEqual(got, [], show(c.body));
  });
}
