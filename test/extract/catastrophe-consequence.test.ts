// Foretelling a catastrophe as the consequence of another party's step is a threat about that step (cues.json
// catastrophe-consequence): "… would lead to a world war", "… could end badly for everyone", "… would lead to a
// direct conflict with us". Sentences written for this test, with other parties (Armenia/Azerbaijan,
// Serbia/Kosovo, Israel/Iran).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');
const labels = (body: string) => claimsOf(body).map((x) => label(x));

const CASES: Case[] = [
  {
    name: 'an invitation to the alliance would lead to a world war',
    body: 'Aliyev wrote on Telegram that an invitation to NATO for Armenia would lead to a "world war".',
    want: ['AZE THREATEN alliance'],
  },
  {
    name: 'a delivery of missiles could end badly',
    body: 'The Kremlin said on Friday that a delivery of long-range missiles to Armenia "could end badly for everyone".',
    want: ['RUS THREATEN military_limits'],
  },
  {
    name: 'a deployment of troops would lead to a direct conflict',
    body: 'Vucic said that the deployment of foreign troops in Kosovo would lead to a direct conflict with Serbia.',
    want: ['SRB THREATEN security_guarantees'],
  },
];

const NEGATIVE: Case[] = [
  {
    name: "a commentator's forecast is no party's threat",
    body: 'Analysts said the talks in Baku could end badly.',
    want: [],
    not: ['AZE THREATEN talks'],
  },
  {
    name: 'a third country giving its reason for refusing ("would mean a direct conflict between …")',
    body: "Budapest said Armenia's membership in NATO would mean a direct conflict between NATO and Russia, so it does not support it.",
    want: [],
    not: ['HUN THREATEN alliance'],
  },
  {
    name: 'a fact about a past war is no threat',
    body: 'The 1914 crisis in Sarajevo led to a world war.',
    want: [],
  },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`catastrophe consequence: ${c.name}`, () => {
    const got = labels(c.body);
    const loose = got.map((l) => l.replace(/ \[.*\]$/, ''));
    for (const w of c.want) assert.ok(w.includes('[') ? got.includes(w) : loose.includes(w), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(n.includes('[') ? !got.includes(n) : !loose.includes(n), `unwanted ${n}\n${show(c.body)}`);
    if (c.want.length === 0 && !c.not) assert.deepEqual(got, [], show(c.body));
  });
}
