// Plans and replies as holders (issue 7, holders): a plan noun that a verb of authoring makes, after "a/an"
// ("produced a framework", "hammered out a plan", "had drawn up a new peace framework"), is its subject's new
// proposal, and a whole plan with no named content is about the talks (spec rule 9); a plan noun no one is said to
// have made stays nobody's; a party's reply or counter-proposal heading its clause speaks for the party. Sentences
// written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body, { published: '2025-06-10' }); return { got: cs.map(label).sort(), cs }; };

test('a plan noun made by a verb of authoring is its subject\'s proposal', () => {
  for (const [body, want] of [
    ['Qatar and Egypt produced a framework for a ceasefire in Gaza.', ['EGY PROPOSE ceasefire []', 'QAT PROPOSE ceasefire []']],
    ['The Armenian envoy hammered out a plan for a prisoner exchange with Baku.', ['ARM PROPOSE humanitarian []']],
    // A whole plan with nothing named in it: the talks.
    ['Azerbaijani and Armenian negotiators emerged from talks in Washington on Friday saying they had drawn up a new peace framework.', ['ARM PROPOSE talks []', 'AZE PROPOSE talks []']],
  ] as const) {
    const { got, cs } = labels(body);
    assert.deepEqual(got, [...want].sort(), `${body}\n${show(cs)}`);
  }
  // A plan noun that no one is said to have made is nobody's proposal.
  for (const body of [
    'Moldova published a study of the plan for a ceasefire.',
    'Kyiv received a plan for a ceasefire.',
    'Erdogan said a plan for a ceasefire was being prepared.',
  ]) {
    const { got, cs } = labels(body);
    assert.ok(!got.some((l) => / PROPOSE /.test(l)), `${body}\n${show(cs)}`);
  }
});

test("a party's reply or counter-proposal heading its clause speaks for the party, verb by verb", () => {
  for (const [body, want] of [
    ["Kyiv's reply, handed to the Qatari mediators in Doha, accepts a halt to strikes on energy sites; rejects any limit on the size of its army; and asks for a second prisoner exchange by June.", ['UKR ACCEPT ceasefire []', 'UKR DEMAND humanitarian []', 'UKR REJECT military_limits []']],
    ["Baku's reply to the Armenian draft rejects any foreign monitors on the border.", ['AZE REJECT security_guarantees []']],
    ["Moldova's counter-proposal rejects any foreign peacekeepers in Transnistria.", ['MDA REJECT security_guarantees []']],
    // A reply that says nothing: no claim.
    ["Israel's reply was delayed by a day, the mediators said.", []],
  ] as const) {
    const { got, cs } = labels(body);
    assert.deepEqual(got, [...want].sort(), `${body}\n${show(cs)}`);
  }
});

test('a proposal noun that a verb of preparing or working on makes is its subject\'s proposal, whose relative clause is its content', () => {
  for (const [body, want] of [
    // "preparing" is also the verb of preparing a force (an offer only of guarantees): before a plan noun it authors the plan.
    ['Germany, France and Britain were preparing a counterproposal that would keep the front line as the starting point for talks.', ['DEU PROPOSE ceasefire []', 'FRA PROPOSE ceasefire []', 'GBR PROPOSE ceasefire []']],
    ['Qatar is preparing a proposal for a prisoner exchange between Israel and Hamas.', ['QAT PROPOSE humanitarian []']],
    ['The European Union is preparing a proposal to use frozen Russian assets to fund Ukraine.', ['EU PROPOSE sanctions []']],
    // "working on" a proposal writes it; the relative clause after the noun ("that would keep …") is what it proposes,
    // not an offer to keep something up chained into it.
    ['Egypt and Qatar were working on a proposal that would exchange the remaining hostages for Palestinian prisoners.', ['EGY PROPOSE humanitarian []', 'QAT PROPOSE humanitarian []']],
    ['Washington drafted a counterproposal which would freeze the line of contact in Karabakh.', ['USA PROPOSE ceasefire []']],
  ] as const) {
    const { got, cs } = labels(body);
    assert.deepEqual(got, [...want].sort(), `${body}\n${show(cs)}`);
  }
  // Preparing something that is no plan, or a force (preparing-force's own offer, unchanged): no proposal.
  for (const body of [
    'Russia is preparing a new offensive in the east.',
    'Serbia was preparing a report on the talks in Brussels.',
    'Armenia was working on a road to the border.',
  ]) {
    const { got, cs } = labels(body);
    assert.deepEqual(got, [], `${body}\n${show(cs)}`);
  }
  const { got, cs } = labels('Britain and France are preparing a multinational force to deploy to Ukraine after a ceasefire.');
  assert.ok(got.some((l) => /^(GBR|FRA) OFFER security_guarantees/.test(l)) && !got.some((l) => / PROPOSE /.test(l)), show(cs));
});
