// A plan described point by point (candidate/plan-points, candidate/plan-points-paragraph, candidate/plan-reaction,
// content/point-subject-places, discourse/documents through a participle phrase): an explainer lists what a draft
// provides for, one conditional clause after another, across sentences and paragraphs; every point is a proposal
// of the plan's authors. Sentences written for this test, with plans of other conflicts (a Kosovo–Serbia
// framework, a Sudan draft, an Armenia–Azerbaijan text) and a Turkish plan on Ukrainian regions for the places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

interface Case { name: string; body: string; want: string[]; not?: string[] }

const show = (body: string) => claimsOf(body).map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n');
const labels = (body: string) => claimsOf(body).map((x) => label(x));

const FRENCH_TEXT = 'The text, drafted by France, runs to nine pages. Under the text, Armenia would withdraw from four villages near the border.';

const CASES: Case[] = [
  {
    name: 'a second conditional clause of the same sentence is a point of its own',
    body: "The 14-point framework, first reported by Politico and drafted by France, asks a lot of Belgrade. Under the framework, Serbia would recognise Kosovo's licence plates, while sanctions on Serbia would be lifted in stages.",
    // (The authors are found past "first reported by Politico and": discourse/documents.)
    want: ['FRA PROPOSE recognition', 'FRA PROPOSE sanctions'],
    not: ['SRB OFFER recognition'],
  },
  {
    name: 'the points go on past a paragraph break',
    body: 'The draft, first leaked to Reuters and prepared by Qatar, runs to six pages. Under the draft, all prisoners would be exchanged within a month.\n\nThe army would be capped at 40,000 troops. Elections would follow within a year.',
    want: ['QAT PROPOSE humanitarian', 'QAT PROPOSE military_limits', 'QAT PROPOSE governance'],
  },
  {
    name: 'places listed before the verb are the subject of their point; each clause its own point',
    body: 'The Turkish plan, drafted by Ankara, was sent to both capitals. Under the plan, Kherson and Zaporizhzhia would stay under a ceasefire, and the Ukrainian army would be capped at 500,000 soldiers, while sanctions would be eased.',
    want: ['TUR PROPOSE ceasefire [UA-23,UA-65]', 'TUR PROPOSE military_limits', 'TUR PROPOSE sanctions'],
    not: ['TUR PROPOSE territory [UA-23,UA-65]'],
  },
  {
    name: 'a new paragraph of points, two clauses',
    body: `${FRENCH_TEXT}\n\nArmenia's army would be capped at 40,000 troops, and sanctions on Baku would be lifted in stages.`,
    want: ['FRA PROPOSE territory', 'FRA PROPOSE military_limits', 'FRA PROPOSE sanctions'],
  },
  {
    name: 'a new paragraph of points opened by a connective and its comma',
    body: `${FRENCH_TEXT}\n\nIn return, Azerbaijan would lift its sanctions on Armenian goods, and elections would be held in the enclave within a year.`,
    want: ['FRA PROPOSE territory', 'FRA PROPOSE sanctions', 'FRA PROPOSE governance'],
  },
  {
    name: 'a new paragraph opened by "In addition,"',
    body: 'The draft, prepared by Qatar, runs to six pages. Under the draft, all prisoners would be exchanged within a month.\n\nIn addition, the Sudanese army would be capped at 40,000 troops.',
    want: ['QAT PROPOSE humanitarian', 'QAT PROPOSE military_limits'],
  },
  {
    name: "a plan's verb of what it lays down after a long apposition with commas of its own",
    body: 'The draft, drawn up by a French envoy with a German diplomat and handed to both delegations in Brussels on Thursday by the EU, provides that Serbia withdraw its police from the north.',
    want: ['FRA PROPOSE territory'],
    not: ['DEU PROPOSE territory', 'EU PROPOSE territory'],
  },
  {
    name: '"stipulates" and "provides for": what a plan lays down',
    body: 'Egypt sent both sides a new plan. The plan also stipulates that Hamas would release all remaining hostages. It provides for a phased withdrawal of Israeli troops from Gaza.',
    want: ['EGY PROPOSE humanitarian', 'EGY PROPOSE territory'],
  },
  {
    name: 'a new paragraph opened by a fronted phrase of place goes on with the points',
    body: `${FRENCH_TEXT}\n\nIn the north, the front line would be frozen where it stands. Armenia's army would be capped at 40,000 troops.`,
    want: ['FRA PROPOSE territory', 'FRA PROPOSE ceasefire', 'FRA PROPOSE military_limits'],
  },
  {
    name: "a third party's forces in the plan's points are the plan's point, not that party's refusal",
    body: `${FRENCH_TEXT} No Russian troops would be stationed in Armenia.`,
    want: ['FRA PROPOSE territory', 'FRA PROPOSE security_guarantees'],
    not: ['RUS REJECT security_guarantees'],
  },
  {
    name: 'a numbered point in the present: places before "are"/"is" are its subject, not land of their own',
    body: 'ANKARA — The Turkish framework, drafted by Ankara, was handed to both delegations on Monday. It provides that:\n\n1. All prisoners are exchanged within a month.\n2. Crimea and Sevastopol are recognised as Russian by the guarantors.\n3. In Kherson and Zaporizhzhia, the front is frozen along the line of contact.\n\nThe delegations are to reply by Friday.',
    want: ['TUR PROPOSE recognition [UA-40,UA-43]', 'TUR PROPOSE ceasefire [UA-23,UA-65]'],
    not: ['TUR PROPOSE territory [UA-40,UA-43]', 'TUR PROPOSE territory [UA-23,UA-65]'],
  },
  {
    name: 'a bulleted point as an infinitive: places before "to be" are its subject',
    body: 'DOHA — The Qatari draft, prepared by Doha, sets out these points:\n\n- Crimea and Sevastopol to be recognised as Russian;\n- in Kherson and Zaporizhzhia, the front to be frozen along the line of contact.\n\nThe draft was sent to Kyiv on Tuesday.',
    want: ['QAT PROPOSE recognition [UA-40,UA-43]', 'QAT PROPOSE ceasefire [UA-23,UA-65]'],
    not: ['QAT PROPOSE territory [UA-40,UA-43]', 'QAT PROPOSE territory [UA-23,UA-65]'],
  },
  // candidate/provision-source-credit: a trailing credit of unnamed sources describes the plan, no speaker of its own.
  {
    name: 'a point credited to unnamed officials goes on listing the plan',
    body: "The Turkish proposal, drafted by Ankara, would cap Armenia's army at 40,000 troops. In return, Armenia would receive what the text calls robust security guarantees, the officials said, speaking on condition of anonymity.",
    want: ['TUR PROPOSE military_limits', 'TUR PROPOSE security_guarantees'],
  },
  {
    name: 'a point credited to a count of sources',
    body: 'The draft, drawn up by Qatar, was handed to both sides on Monday. Under the draft, all prisoners would be exchanged within a month. Israel would withdraw from four villages near the border, two sources said.',
    want: ['QAT PROPOSE humanitarian', 'QAT PROPOSE territory'],
    not: ['ISR OFFER territory'],
  },
  {
    name: 'a point credited to diplomats familiar with the text, after "Under it"',
    body: "The framework, drafted by France, runs to nine pages. Under it, Serbia would recognise Kosovo's licence plates. Sanctions on Serbia would be lifted in stages, diplomats familiar with the text said.",
    want: ['FRA PROPOSE recognition', 'FRA PROPOSE sanctions'],
  },
  // content/described-apposition: an attribution word inside ", as described by …," credits the description only.
  {
    name: 'a plan described by officials familiar with it still provides for its clause',
    body: "The Turkish proposal, as described by officials familiar with it, would cap Armenia's army at 40,000 troops.",
    want: ['TUR PROPOSE military_limits'],
  },
  {
    name: 'a plan outlined by people briefed on it: its content goes on past the phrase',
    body: "Ankara's draft, as outlined by two people briefed on it, would include Turkish recognition of Karabakh as part of Azerbaijan.",
    want: ['TUR PROPOSE recognition'],
  },
  // candidate/framed-participle: a participle phrase after a framed plan describes it; the frame's comma closes it.
  {
    name: 'a framed plan described by a participle phrase still frames its provision',
    body: 'Under a Turkish proposal discussed in Baku, Armenia would pull its forces out of four villages near the border.',
    want: ['TUR PROPOSE territory'],
    not: ['ARM OFFER territory'],
  },
  {
    name: 'a framed draft seen by an outlet still frames its provision',
    body: "Under the Turkish draft seen by Reuters, Armenia's army would be capped at 40,000 troops.",
    want: ['TUR PROPOSE military_limits'],
  },
];

// Sentences after a plan's points that are no point of it.
const NEGATIVE: Case[] = [
  {
    name: "a journalist's prediction",
    body: `${FRENCH_TEXT} Sanctions on Baku would likely be lifted within a year.`,
    want: ['FRA PROPOSE territory'],
    not: ['FRA PROPOSE sanctions'],
  },
  {
    name: "a party's reaction to the plan",
    body: `${FRENCH_TEXT} Azerbaijan would never accept such terms.`,
    want: ['AZE REJECT talks'],
    not: ['FRA REJECT talks'],
  },
  {
    name: 'a new paragraph with a speaker of its own',
    body: `${FRENCH_TEXT}\n\nAliyev said the army would be capped at 40,000 troops.`,
    want: ['FRA PROPOSE territory'],
    not: ['FRA PROPOSE military_limits'],
  },
  {
    name: 'a new paragraph that does not open in the conditional',
    body: `${FRENCH_TEXT}\n\nIn Baku, sanctions were a frequent topic of debate, and many thought they would be lifted.`,
    want: ['FRA PROPOSE territory'],
    not: ['FRA PROPOSE sanctions'],
  },
  {
    name: 'a new paragraph opened by a phrase that is no connective',
    body: `${FRENCH_TEXT}\n\nIn Yerevan, sanctions on Baku would be a hard sell.`,
    want: ['FRA PROPOSE territory'],
    not: ['FRA PROPOSE sanctions'],
  },
  {
    name: 'a plan judged by a speaker is no provision of its own',
    body: "The draft, prepared by Egypt, was sent to both armies. Sudan's foreign minister said on Monday that the draft could form the basis of a settlement.",
    want: ['SDN ACCEPT talks'],
    not: ['EGY PROPOSE talks'],
  },
  // candidate/provision-source-credit: a named speaker, a party's officials and commentators still end the points.
  {
    name: 'a named speaker after a conditional sentence ends the points',
    body: 'The plan, drafted by Kenya, was sent to Addis Ababa. Under the plan, Ethiopia would withdraw from Badme. Eritrea would receive guarantees, Aliyev said.',
    want: ['KEN PROPOSE territory'],
    not: ['KEN PROPOSE security_guarantees'],
  },
  {
    name: "a party's officials reacting end the points",
    body: 'The plan, drafted by Kenya, was sent to Addis Ababa. Under the plan, Ethiopia would withdraw from Badme. Eritrea would never accept such terms, Eritrean officials said.',
    want: ['KEN PROPOSE territory'],
    not: ['KEN PROPOSE talks', 'KEN REJECT talks'],
  },
  {
    name: 'analysts forecasting after the plan end the points',
    body: 'The plan, drafted by Kenya, was sent to Addis Ababa. Under the plan, Ethiopia would withdraw from Badme. Sanctions would be lifted in stages, analysts said.',
    want: ['KEN PROPOSE territory'],
    not: ['KEN PROPOSE sanctions'],
  },
];

for (const c of [...CASES, ...NEGATIVE]) {
  test(`plan points: ${c.name}`, () => {
    const got = labels(c.body);
    const loose = got.map((l) => l.replace(/ \[.*\]$/, ''));
    for (const w of c.want) assert.ok(w.includes('[') ? got.includes(w) : loose.includes(w), `missing ${w}\n${show(c.body)}`);
    for (const n of c.not ?? []) assert.ok(n.includes('[') ? !got.includes(n) : !loose.includes(n), `unwanted ${n}\n${show(c.body)}`);
  });
}
