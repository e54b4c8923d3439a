// A passive of regarding answered in kind, "could be treated the same way", is a threat as much as the regard it answers
// (candidate/regarded-as-hostile 'sameWay', and the possible modals "could", "may", "might"). Sentences written for this
// test, with other parties (Israel/Hamas at sea, Sudan on the Red Sea, Armenia/Azerbaijan).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');
const labels = (body: string) => claimsOf(body).map((x) => label(x));

const CASES: Case[] = [
  {
    name: 'ships bound for the other side\'s ports could be treated the same way',
    body: 'Sudan\'s defence ministry replied on Thursday that ships bound for Eritrean ports could be treated the same way from Friday.',
    want: ['SDN THREATEN ceasefire'],
  },
  {
    name: '"may be regarded in the same way"',
    body: 'Israel\'s defence minister said vessels heading for Gaza may be regarded in the same way.',
    want: ['ISR THREATEN ceasefire'],
  },
  {
    name: 'the original regard with "could" and "as"',
    body: 'Baku said any vessels sailing to Armenian ports could be regarded as carriers of military cargo.',
    want: ['AZE THREATEN ceasefire'],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'a request treated the same way as another is no threat (no issue, no sea)',
    body: 'Yerevan said the Georgian request would be treated the same way as the others.',
    want: [],
  },
  {
    name: 'denied: "would not be treated the same way"',
    body: 'Baku said ships bound for Armenian ports would not be treated the same way.',
    want: [],
    not: ['AZE THREATEN ceasefire'],
  },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`regarded the same way: ${c.name}`, () => {
    const got = labels(c.body);
    const loose = got.map((l) => l.replace(/ \[.*\]$/, ''));
    for (const w of c.want) assert.ok(w.includes('[') ? got.includes(w) : loose.includes(w), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(n.includes('[') ? !got.includes(n) : !loose.includes(n), `unwanted ${n}\n${show(c.body)}`);
    if (c.want.length === 0 && !c.not) assert.deepEqual(got, [], show(c.body));
  });
}
