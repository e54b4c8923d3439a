// Foreign forces named again by a noun of the same kind (discourse/kin-remention) and the deployment of forces,
// units or contingents as a security-guarantees term: "such units" after "military contingents", "these
// soldiers" after "foreign troops" carry the term's issue, in the same sentence or the next. Sentences written
// for this test, with other parties (Armenia/Azerbaijan, Serbia/Kosovo, Israel/Hamas, Sudan).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');
const labels = (body: string) => claimsOf(body).map((x) => label(x));

const CASES: Case[] = [
  {
    name: '"such units" in the next sentence, after "military contingents"',
    body: 'Aliyev said the appearance of any military contingents of NATO countries in Armenia is unacceptable. "Such units would be legitimate targets for our armed forces," he warned.',
    want: ['AZE REJECT security_guarantees', 'AZE THREATEN security_guarantees'],
  },
  {
    name: '"such units" in the same sentence, after "the deployment of military units"',
    body: 'The deployment of military units from France on Serbian soil is unacceptable to Belgrade, and such units would be regarded as legitimate military targets, Vucic said on Monday.',
    want: ['SRB REJECT security_guarantees', 'SRB THREATEN security_guarantees'],
  },
  {
    name: '"any such units and facilities" after "foreign contingents"',
    body: 'Khartoum will accept no settlement under which foreign contingents are stationed in Sudan. "Any such units and facilities will be considered legitimate targets," a Sudanese army spokesman warned.',
    want: ['SDN THREATEN security_guarantees'],
  },
  {
    name: '"these soldiers" after "European troops"',
    body: 'Israel rejected the idea of European troops in Gaza. Netanyahu said these soldiers would be treated as legitimate targets if they obstructed the army.',
    want: ['ISR THREATEN security_guarantees'],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'no earlier term of the kind: "such units" names no issue',
    body: 'The talks in Baku ended on Friday. "Such units would be legitimate targets for our armed forces," Aliyev said.',
    want: [],
    not: ['AZE THREATEN security_guarantees'],
  },
  {
    name: '"the troops" is no pointing re-mention of another noun of the kind',
    body: 'Azerbaijan rejected any foreign contingents in Armenia. Aliyev said the troops of Armenia must leave the villages.',
    want: [],
    not: ['AZE DEMAND security_guarantees'],
  },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`kin re-mention: ${c.name}`, () => {
    const got = labels(c.body);
    const loose = got.map((l) => l.replace(/ \[.*\]$/, ''));
    for (const w of c.want) assert.ok(w.includes('[') ? got.includes(w) : loose.includes(w), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(n.includes('[') ? !got.includes(n) : !loose.includes(n), `unwanted ${n}\n${show(c.body)}`);
  });
}
