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
  // A noun of the kind inside a longer term, not its head: "troops to Ukraine", "troops from NATO countries",
  // "troops stationed in" name the forces as "foreign troops" does.
  {
    name: '"any such troops" after "troops from European countries" (the noun of forces starts the term)',
    body: 'European leaders will sign a declaration on troops from European countries in Armenia after a peace deal. Baku said again that any such troops would be "legitimate targets".',
    want: ['AZE THREATEN security_guarantees'],
  },
  {
    name: '"these soldiers" after "troops from NATO countries"',
    body: 'A draft circulated in Brussels this week mentions troops from NATO countries in the north of Kosovo. Vucic said on Tuesday that Serbia would never accept these soldiers near its border.',
    want: ['SRB REJECT security_guarantees'],
  },
  {
    name: '"such forces" after "troops stationed in", in the same sentence',
    body: 'Arab states have discussed troops stationed in Gaza after the war, and Israel said any such forces would be legitimate targets if they sheltered militants.',
    want: ['ISR THREATEN security_guarantees'],
  },
  {
    name: 'a term in another form of its verb: "committing troops" (discourse/issue-verb-forms)',
    body: "Britain and France are committing troops to a reassurance force for Sudan. Sudan's army chief warned that such forces would be legitimate targets.",
    want: ['SDN THREATEN security_guarantees'],
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
  {
    name: 'forces named after "of" in a term are acted on, not the term: "such troops" after "the withdrawal of troops" is no security guarantee',
    body: 'Yerevan demanded the withdrawal of troops from the border villages. Aliyev said such troops would be legitimate targets.',
    want: [],
    not: ['AZE THREATEN security_guarantees'],
  },
  {
    name: 'a noun of forces only in a war fact names nothing: "such troops" after troops massed at the border',
    body: 'Pyongyang has massed troops near the demilitarised zone. Seoul said such troops would be legitimate targets.',
    want: [],
    not: ['KOR THREATEN security_guarantees'],
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
