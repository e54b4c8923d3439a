// A topic fronted before the clause names the issue of a stance that names none (content/topic-frame), and an
// issue frame counts a possessive's mark as no word ("the size of Armenia's armed forces", annotate/issue-frames.ts).
// Sentences written for this test, with parties of other conflicts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const loose = (body: string) => claimsOf(body).map((x) => label(x).replace(/ \[.*\]$/, ''));
const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');

const CASES: Case[] = [
  {
    name: 'a fronted "On the size of …" names the issue of the proposal after it',
    body: "On the size of Armenia's armed forces, the French proposal that was shared with Baku on Sunday set the ceiling at 40,000 in peacetime.",
    want: ['FRA PROPOSE military_limits'],
  },
  {
    name: 'a fronted "As for …" names the issue of the offer after it',
    body: 'As for sanctions, Brussels said it was ready to ease them in stages.',
    want: ['EU OFFER sanctions'],
  },
  {
    name: "a frame past a possessive: a reduction in Kosovo's armed forces",
    body: "Belgrade demanded a reduction in Kosovo's armed forces.",
    want: ['SRB DEMAND military_limits'],
    not: ['SRB DEMAND other'],
  },
];

const NEGATIVE: Case[] = [
  { name: 'a scene is no topic', body: 'On the sidelines of the peace summit in Doha, Erdogan said he was ready to help.', want: [], not: ['TUR OFFER talks'] },
  { name: 'a day is no topic', body: 'On Monday, Armenia said it was ready to sign.', want: [], not: ['ARM OFFER talks', 'ARM OFFER other'] },
  { name: 'the clause names its own issue', body: 'On sanctions, Baku demanded the return of all prisoners.', want: [], not: ['AZE DEMAND sanctions', 'AZE PROPOSE sanctions'] },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`topic frame: ${c.name}`, () => {
    const got = loose(c.body);
    for (const w of c.want) assert.ok(got.includes(w), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(!got.includes(n), `unwanted ${n}\n${show(c.body)}`);
  });
}
