// Cue families of the tuning sets' plain misses (cues.json): a penalty that remains an option or on the table is a
// threat (coming-harm: "new sanctions remain an option"); a response announced with no act named is a threat
// (retaliation-response: "… and that Russia would respond, …", "an immediate military response"); refusing to trade
// land, outside the negated modal, refuses territory (no-trading: "does not trade its territories", "would trade none of
// its territory", "no trading of our land"). Sentences written for this test, with other parties (Armenia/Azerbaijan, Serbia/Kosovo, Israel/Hamas,
// Ethiopia/Eritrea).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');
const labels = (body: string) => claimsOf(body).map((x) => label(x));

const CASES: Case[] = [
  {
    name: 'a bare "would respond" after a named step against the speaker',
    body: 'A Serbian government spokesman said any seizure of Serbian assets would be theft and that Belgrade would respond, while its central bank prepared a lawsuit.',
    want: ['SRB THREATEN sanctions'],
  },
  {
    name: 'a military response announced as a noun',
    body: 'Eritrea would deliver "an immediate military response" to any violation of the ceasefire, its information minister said.',
    want: ['ERI THREATEN ceasefire'],
  },
  {
    name: 'refusing to trade land in the present tense',
    body: 'Pashinyan said on Monday that Armenia "does not trade its territory" for a peace treaty.',
    want: ['ARM REJECT territory'],
  },
  {
    name: '"trade none of" its territory',
    body: 'The Serbian foreign ministry replied that Serbia would trade none of its territory.',
    want: ['SRB REJECT territory'],
  },
  {
    name: '"no trading of" land as a noun',
    body: '"No freezing of the conflict, no trading of Armenia\'s territory," Pashinyan told parliament.',
    want: ['ARM REJECT territory'],
  },
  // (Not the simple past of not recognising: cue not-recognise leaves it out on purpose, "Baku said its guards did not
  // recognise the Armenian officers" identifies no one; its negative test is in not-recognise.test.ts.)
];

CASES.push(
  {
    name: 'a penalty that remains an option is held over the other party',
    body: 'Israeli officials said new sanctions on suppliers of Hamas remain an option if the hostages are not released.',
    want: ['ISR THREATEN sanctions'],
  },
  {
    name: 'a penalty still possible with no agreement',
    body: 'Vucic said new sanctions on Kosovo were still possible if there was no agreement.',
    want: ['SRB THREATEN sanctions'],
  },
);

const NEGATIVE: Case[] = [
  {
    name: 'a relief that remains on the table offers it, no threat',
    body: 'Aliyev said sanctions relief for Armenia remains on the table.',
    want: [],
    not: ['AZE THREATEN sanctions'],
  },
  {
    name: '"will respond" to a letter is an answer, no threat',
    body: 'Aliyev said Azerbaijan was studying the Armenian letter and will respond next week.',
    want: [],
    not: ['AZE THREATEN other', 'AZE THREATEN talks'],
  },
  {
    name: 'trade in goods is no territory',
    body: 'Armenia does not trade with Azerbaijan across the closed border, the ministry said.',
    want: [],
    not: ['ARM REJECT territory'],
  },
  {
    name: 'a response asked of allies, in an indirect question, is no threat',
    body: 'Pashinyan said Armenia needed to know how its partners would respond if Azerbaijan attacked again.',
    want: [],
    not: ['ARM THREATEN'],
  },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`response and trade cues: ${c.name}`, () => {
    const got = labels(c.body);
    const loose = got.map((l) => l.replace(/ \[.*\]$/, ''));
    for (const w of c.want) assert.ok(w.includes('[') ? got.includes(w) : loose.includes(w), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(n.includes('[') ? !got.includes(n) : !loose.some((l) => l === n || l.startsWith(n + ' ')), `unwanted ${n}\n${show(c.body)}`);
    if (c.want.length === 0 && !c.not) assert.deepEqual(got, [], show(c.body));
  });
}
