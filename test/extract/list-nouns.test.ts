// Typed list nouns (candidate/list-noun, content/list-noun-type): the noun that announces a list says what
// its items are — conditions and red lines are demanded, an offer is offered — and a demanded "no X" refuses
// X. Sentences written for this test, with parties, places and verbs other than the construction fixtures'.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

const CASES: Array<{ body: string; want: string[] }> = [
  { body: "Ukraine's key conditions are the withdrawal of Russian troops from the Kharkiv region and a halt to strikes on power plants.", want: ['UKR DEMAND territory [UA-63]', 'UKR DEMAND ceasefire []'] },
  { body: "Hungary's red lines remain unchanged, listing these as no Ukrainian membership of NATO and the lifting of sanctions on Russian gas.", want: ['HUN REJECT alliance []', 'HUN DEMAND sanctions []'] },
  { body: 'Belarus and Hungary laid out their joint demands: no Western troops in Ukraine and reparations from Russia.', want: ['BLR REJECT security_guarantees []', 'HUN REJECT security_guarantees []', 'BLR DEMAND other []', 'HUN DEMAND other []'] },
  // The list noun's relative clause ("under which …") describes the noun; the items after the colon are the
  // demands, and items that name none of the issues are one demand on "other".
  { body: 'Moldovan President Maia Sandu set out the conditions under which Moldova would negotiate: the withdrawal of Russian troops from Transnistria, compensation for the seized factories and guarantees against a new attack.', want: ['MDA DEMAND territory []', 'MDA DEMAND other []', 'MDA DEMAND security_guarantees []'] },
  // A presenting verb chained with its list noun; the list noun is no item ("terms" is no talks).
  { body: 'Kazakhstan presented its demands: a new route for its oil exports, compensation for the damaged terminal and a halt to the inspections.', want: ['KAZ DEMAND other []'] },
  { body: 'Belarus put forward its terms: a new pipeline route and a halt to the inspections of its tankers.', want: ['BLR DEMAND other []'] },
  // With no list after it, the relative clause is a stance of its own.
  { body: 'Finland set out the conditions under which it would lift the restrictions on Russian trucks.', want: ['FIN OFFER sanctions []'] },
  // What precedes the list's opener is no item.
  { body: "Hungary's red lines were unchanged, listing these as no sanctions on Russian gas and the protection of the Hungarian minority.", want: ['HUN REJECT sanctions []', 'HUN DEMAND rights []'] },
  // A list noun announced with no items is no claim.
  { body: 'Serbia set out its conditions.', want: [] },
];

const NEGATIVE: Array<{ body: string; not: string }> = [
  // A predicate on the noun is the stance, not a list of its items.
  { body: "The Kremlin said Kyiv's terms were unrealistic and accused the West of prolonging the war.", not: 'UKR DEMAND' },
  // "concessions to Russia" in a plan are no list of the plan's author's offers.
  { body: 'Washington unveiled a peace plan that would include significant concessions to Russia on sanctions.', not: 'USA OFFER' },
];

for (const c of CASES) {
  test(`list noun: ${c.body}`, () => {
    const claims = claimsOf(c.body);
    assert.deepEqual(claims.map((x) => label(x)).sort(), [...c.want].sort(), claims.map((x) => `${label(x)} «${x.quote}» ${x.rule}`).join('\n'));
  });
}

for (const c of NEGATIVE) {
  test(`no list: ${c.body}`, () => {
    const claims = claimsOf(c.body);
    assert.deepEqual(claims.filter((x) => label(x).startsWith(c.not)).map((x) => label(x)), [], claims.map((x) => `${label(x)} «${x.quote}»`).join('\n'));
  });
}

// A collection noun with "of" between the possessor and the list noun ("Moscow's list of conditions includes …").
claimCases('a possessed list of conditions', [
  { body: "Baku's list of conditions includes the withdrawal of Armenian forces from the border villages.", want: ['AZE DEMAND territory []'] },
  { body: "Belgrade's set of conditions includes the lifting of sanctions on Serbian banks.", want: ['SRB DEMAND sanctions []'] },
  // (No possessor: no party states it.)
  { body: 'The list of conditions includes the lifting of sanctions on Serbian banks.', want: [] },
]);
