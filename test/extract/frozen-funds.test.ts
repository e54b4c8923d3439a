// Sanctions terms under other nouns (issues.json sanctions): frozen funds or money, a central bank's reserves,
// seizing Western property in return, forcing countries to stop trading with Russia. Sentences written for this
// test, with other parties (Armenia/Azerbaijan, Serbia, Iran, China).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');
const labels = (body: string) => claimsOf(body).map((x) => label(x));

const CASES: Case[] = [
  {
    name: 'frozen funds proposed for reconstruction',
    body: 'Brussels proposed on Monday that five billion euros of the frozen funds be invested in the reconstruction of Armenia.',
    want: ['EU PROPOSE sanctions'],
    not: ['EU PROPOSE other'],
  },
  {
    name: 'frozen money demanded back',
    body: 'Belgrade insisted on Friday that the frozen money be returned to Serbia before any deal.',
    want: ['SRB DEMAND sanctions'],
  },
  {
    name: 'seizing Western property in return is a threat on sanctions',
    body: 'Tehran warned on Tuesday that Iran would respond by seizing Western property held in the country.',
    want: ['IRN THREATEN sanctions'],
    not: ['IRN THREATEN ceasefire'],
  },
  {
    name: 'forcing countries to stop trading with Russia',
    body: 'Beijing said on Wednesday that threats to force countries to stop trading with Russia were "illegitimate".',
    want: ['CHN REJECT sanctions'],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'money alone is no sanctions term',
    body: 'Belgrade insisted on Friday that the money be spent on schools.',
    want: [],
    not: ['SRB DEMAND sanctions'],
  },
  {
    name: 'a fact about reserves takes no stance',
    body: "Serbia's central bank reserves fell by two per cent in March, the bank said.",
    want: [],
    not: ['SRB DEMAND sanctions', 'SRB REJECT sanctions'],
  },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`frozen funds: ${c.name}`, () => {
    const got = labels(c.body);
    const loose = got.map((l) => l.replace(/ \[.*\]$/, ''));
    for (const w of c.want) assert.ok(w.includes('[') ? got.includes(w) : loose.includes(w), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(n.includes('[') ? !got.includes(n) : !loose.includes(n), `unwanted ${n}\n${show(c.body)}`);
  });
}
