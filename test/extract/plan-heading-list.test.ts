// A leaked draft laid out clause by clause under a heading of its own (candidate/plan-heading-list,
// sentence/plan-other-side-concession): "The French proposals" on a line of its own, then bullets, each a clause of
// what the plan would do, some opening with a one-word label ("- Sanctions. …"). Each bullet is a point of the
// plan, held by its authors; in a principal side's own text the other side's concession is demanded. Sentences
// written for this test, with plans of other conflicts (Armenia–Azerbaijan, Serbia–Kosovo, Sudan).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');
const labels = (body: string) => claimsOf(body).map((x) => label(x));

const INTRO = 'Two texts are now circulating among European capitals, and both were seen by this newspaper.\n\n';

const CASES: Case[] = [
  {
    name: "a mediator's heading, bullets with labels",
    body: `${INTRO}The French proposals\n\n- Recognition. France would recognise Kosovo's independence within a year.\n- Sanctions. Sanctions on Serbia would be lifted in stages.\n- Security. Kosovo would receive a security guarantee from a group of European states.`,
    want: ['FRA PROPOSE recognition', 'FRA PROPOSE sanctions', 'FRA PROPOSE security_guarantees'],
    not: ['FRA PROPOSE other'],
  },
  {
    name: 'a possessive heading, bullets with no label',
    body: `${INTRO}Egypt's draft\n\n- A nationwide ceasefire would take effect within a week.\n- All prisoners would be exchanged within a month.`,
    want: ['EGY PROPOSE ceasefire', 'EGY PROPOSE humanitarian'],
  },
  {
    name: "a principal side's own counter-text: its conditional clauses are its points, the other side's concession its demand",
    body: `${INTRO}The Ukrainian counter-proposal\n\n- A full ceasefire on land, at sea and in the air would come first.\n- Russia would return all deported children.`,
    want: ['UKR PROPOSE ceasefire', 'UKR DEMAND humanitarian'],
    not: ['UKR OFFER humanitarian', 'RUS OFFER humanitarian'],
  },
];

const NEGATIVE: Case[] = [
  {
    name: 'a heading that names no plan introduces no points',
    body: `${INTRO}The view from Brussels\n\n- Sanctions on Serbia would be lifted in stages, officials expect.`,
    want: [],
    not: ['EU PROPOSE sanctions'],
  },
  {
    name: "a principal side's own heading over bullets that are not in the conditional",
    body: `${INTRO}The Ukrainian counter-proposal\n\n- The front line in Kherson.\n- The deported children.`,
    want: [],
    not: ['UKR PROPOSE territory', 'UKR PROPOSE humanitarian'],
  },
  {
    name: 'a heading ending a sentence of prose is no heading',
    body: `${INTRO}Officials discussed the French proposals at length.\n\n- Sanctions on Serbia would be lifted in stages, one of them said.`,
    want: [],
    not: ['FRA PROPOSE sanctions'],
  },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`plan heading list: ${c.name}`, () => {
    const got = labels(c.body);
    const loose = got.map((l) => l.replace(/ \[.*\]$/, ''));
    for (const w of c.want) assert.ok(w.includes('[') ? got.includes(w) : loose.includes(w), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(n.includes('[') ? !got.includes(n) : !loose.includes(n), `unwanted ${n}\n${show(c.body)}`);
  });
}
