// Who urges is not who is urged (issue 7, holders: wrong party): a verb of appeal joined by "and" to an earlier verb
// of telling or saying is the teller's, not the parties told, a party inside the reported words or inside a relative
// clause about the teller (holder/appeal-sayer). Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const actorsOf = (body: string) => { const cs = claimsOf(body, { published: '2025-05-20' }); return { got: [...new Set(cs.map((c) => `${c.actor} ${c.type} ${c.issue}`))].sort(), cs }; };

test('an appeal joined to a verb of telling is the teller\'s, not the parties told', () => {
  for (const [body, want] of [
    // The parties told are a that-clause's "them" away: "… before them and urged them".
    ['The talks were opened by Egyptian Foreign Minister Sameh Shoukry, who told the Ethiopian and Eritrean delegations that there were "two roads" before them and urged them to agree a ceasefire.', ['EGY DEMAND ceasefire']],
    // A gerund of telling after "by": the clause's subject tells, not the delegations told.
    ['Armenian and Azerbaijani delegations met in Doha on Monday. Qatar\'s emir opened the meeting by telling the delegations that "the war has gone on too long" and urged them to agree a ceasefire as soon as possible.', ['QAT DEMAND ceasefire']],
    // The present tense, the parties told right after the verb.
    ['Guterres tells Armenia and Azerbaijan that time is running out and urges them to agree a ceasefire.', ['UN DEMAND ceasefire']],
  ] as const) {
    const { got, cs } = actorsOf(body);
    assert.deepEqual(got, [...want].sort(), `${body}\n${show(cs)}`);
  }
});

test('a party inside a relative clause about the teller does not urge', () => {
  const body = 'Ghana\'s president, who chairs the African Union this year, said the mission had come "to listen," and urged both parties to agree to negotiate.';
  const { got, cs } = actorsOf(body);
  assert.deepEqual(got.map((g) => g.split(' ')[0]), ['GHA'], `${body}\n${show(cs)}`);
});

test('with no party found for the teller, the parties urged are not made the holders', () => {
  const body = 'The Swiss mediator tells Armenia and Azerbaijan that time is running out and urges them to agree a ceasefire.';
  const { got, cs } = actorsOf(body);
  assert.ok(!got.some((g) => g.startsWith('ARM') || g.startsWith('AZE')), `${body}\n${show(cs)}`);
});

test('the party that tells and urges, a new subject after "and", and a reported clause with a subject of its own keep their holders', () => {
  for (const [body, want] of [
    ['Armenia told the mediators on Monday that the border was calm and urged Azerbaijan to agree a ceasefire.', ['ARM DEMAND ceasefire']],
    ['Serbia rejected the plan and urged Kosovo to withdraw its police from the north.', ['SRB DEMAND territory', 'SRB REJECT talks']],
    ['Aliyev told reporters that Armenia had refused the truce, and Pashinyan urged Baku to resume talks.', ['ARM DEMAND talks', 'ARM REJECT ceasefire']],
    ['Eritrea said Ethiopia had shelled its border posts and urged the African Union to demand a ceasefire.', ['ERI DEMAND ceasefire']],
    ['Turkish President Recep Tayyip Erdogan told Pashinyan and Aliyev on Friday that the corridor could wait, and urged both leaders to sign the peace treaty.', ['TUR PROPOSE talks']],
  ] as const) {
    const { got, cs } = actorsOf(body);
    assert.deepEqual(got, [...want].sort(), `${body}\n${show(cs)}`);
  }
});
