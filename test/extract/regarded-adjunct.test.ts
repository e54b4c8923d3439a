// A future regard of another party's act as hostile (candidate/regarded-as-hostile) read past a starting point or an
// adverb between the modal and its verb ("would from now be considered an attack", "could from Friday be considered
// to be carrying military cargo", rules.json 'adjuncts'), in its active answer in kind ("would treat ships heading for
// its ports in the same way"), and with a long subject of ships whose destination names land ('clauseStarts'): a threat
// to navigation (ceasefire), not to the land the ports stand on. Sentences written for this test, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');
const labels = (body: string) => claimsOf(body).map((x) => label(x));

const CASES: Case[] = [
  {
    name: 'a starting point between the modal and "be": "could from Monday be considered to be carrying military cargo"',
    body: 'Khartoum said that vessels bound for Eritrean ports could from Monday be considered to be carrying military cargo.',
    want: ['SDN THREATEN ceasefire'],
  },
  {
    name: '"would from now be considered an attack on …"',
    body: 'Baku said on Friday that any shelling of Nakhchivan would from now be considered an attack on Azerbaijan itself.',
    want: ['AZE THREATEN'],
  },
  {
    name: 'an adverb: "would now be treated as an attack on …"',
    body: 'Yerevan said Azerbaijani troops crossing the line would now be treated as an attack on Armenia.',
    want: ['ARM THREATEN'],
  },
  {
    name: 'the active answer in kind: "would treat ships heading for … in the same way"',
    body: 'Yerevan replied that it would treat ships heading for Azerbaijani ports in the same way.',
    want: ['ARM THREATEN ceasefire'],
  },
  {
    name: 'a long subject of ships: back to the verb of saying',
    body: 'Israel\'s defence ministry said ships heading to Lebanese ports and to the harbours of the southern coast in the eastern Mediterranean could be treated the same way from Sunday.',
    want: ['ISR THREATEN ceasefire'],
  },
  {
    name: 'ships bound for occupied ports: navigation, not the land',
    body: 'Addis Ababa said that vessels heading to Eritrean ports or to ports under Eritrean occupation could from Friday be considered to be carrying military cargo.',
    want: ['ETH THREATEN ceasefire'],
    not: ['ETH THREATEN territory'],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'a request treated in the same way: no issue, no sea',
    body: 'Yerevan said it would treat the Georgian request in the same way.',
    want: [],
  },
  {
    name: 'a request that would from now be treated the same way as the others',
    body: 'Baku said the Armenian request would from now be treated the same way as the others.',
    want: [],
  },
  {
    name: 'denied past the starting point: "would not from now be treated the same way"',
    body: 'Baku said ships bound for Armenian ports would not from now be treated the same way.',
    want: [],
    not: ['AZE THREATEN ceasefire'],
  },
  {
    name: 'a thing done, regarded now: no modal',
    body: 'Baku from now regards the shelling of Nakhchivan as an attack on Azerbaijan itself.',
    want: [],
    not: ['AZE THREATEN ceasefire'],
  },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`regarded past an adjunct: ${c.name}`, () => {
    const got = labels(c.body);
    const loose = got.map((l) => l.replace(/ \[.*\]$/, ''));
    for (const w of c.want) assert.ok(w.includes('[') ? got.includes(w) : loose.some((l) => l === w || l.startsWith(`${w} `)), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(n.includes('[') ? !got.includes(n) : !loose.includes(n), `unwanted ${n}\n${show(c.body)}`);
    if (c.want.length === 0 && !c.not) assert.deepEqual(got, [], show(c.body));
  });
}
