// "They" and group nouns after a list of parties (discourse/enumerated-group, discourse/condition-they): spec rule 8,
// one claim per party. "Zelensky and the leaders of A, B and C … The three European leaders called for …" speaks as
// A, B and C (the list is the role's even when its first member is coordinated with a party before the role noun);
// "If Moscow refused, they would impose sanctions" is not Moscow's threat: a single party heading the condition is
// not the "they" of the consequence, which looks back to the parties named before. Sentences written for this test.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const loose = (body: string) => claimsOf(body).map((x) => label(x).replace(/ \[.*\]$/, ''));
const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');

const CASES: Case[] = [
  {
    name: 'a counted group noun after "X and the leaders of A, B and C" is A, B and C',
    body: 'Zelensky and the leaders of Spain, Italy and Greece met in Rome on Friday. The three European leaders called for new sanctions on Russian banks.',
    want: ['ESP DEMAND sanctions', 'ITA DEMAND sanctions', 'GRC DEMAND sanctions'],
    not: ['EUR DEMAND sanctions', 'UKR DEMAND sanctions'],
  },
  {
    name: '"they" after a condition headed by another party is the listed parties',
    body: 'The leaders of France, Germany, Britain and Poland travelled to Kyiv on Saturday. If Moscow refused a truce, they would impose massive new sanctions on its banks.',
    want: ['FRA THREATEN sanctions', 'DEU THREATEN sanctions', 'GBR THREATEN sanctions', 'POL THREATEN sanctions'],
    not: ['RUS THREATEN sanctions'],
  },
  {
    name: '"they" after a condition headed by another party is the single party named before',
    body: 'Azerbaijan closed its border on Monday. If Armenia refused the corridor, they would impose new tariffs.',
    want: ['AZE THREATEN sanctions'],
    not: ['ARM THREATEN sanctions'],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'a plural subject of the condition is still "they"',
    body: 'Armenia and Azerbaijan met in Abu Dhabi on Monday. If Russia and Iran agreed, they would open the corridor to trade.',
    want: ['RUS OFFER ceasefire', 'IRN OFFER ceasefire'],
    not: ['ARM OFFER ceasefire', 'AZE OFFER ceasefire'],
  },
  {
    name: '"they" for the objects of a warning gives them no stance',
    body: 'France warned Serbia and Kosovo on Monday that they would face sanctions if they failed to agree.',
    want: ['FRA THREATEN sanctions'],
    not: ['SRB THREATEN sanctions', 'XKX THREATEN sanctions', 'SRB DEMAND sanctions'],
  },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`listed parties: ${c.name}`, () => {
    const got = loose(c.body);
    for (const w of c.want) assert.ok(got.includes(w), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(!got.includes(n), `unwanted ${n}\n${show(c.body)}`);
  });
}
