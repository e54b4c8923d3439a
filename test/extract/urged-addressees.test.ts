// What a call urges on its addressee is no stance of the addressee's (issue 7, holders: wrong party), even when no
// party is found to hold the call ("A senior official phoned the Armenian prime minister, urging him to accept a
// freeze" gave ARM ACCEPT ceasefire): sentence/complement. Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const labels = (body: string) => { const cs = claimsOf(body, { published: '2025-10-17' }); return { got: cs.map(label).sort(), cs }; };

test('an infinitive urged on an addressee by a call with no holder is not the addressee\'s stance', () => {
  for (const body of [
    'A senior official phoned the Armenian prime minister after the meeting, urging him to accept a freeze along the border.',
    'A Western diplomat called the Serbian president on Sunday, urging him to accept a ceasefire in the north.',
  ]) {
    const { got, cs } = labels(body);
    assert.deepEqual(got, [], `${body}\n${show(cs)}`);
  }
});

test('a call with a holder still proposes or demands, and a party\'s own decision to accept is its own', () => {
  for (const [body, want] of [
    ['Macron phoned Pashinyan after the meeting, urging him to accept a freeze along the border.', ['FRA PROPOSE ceasefire []']],
    ['Yerevan decided to accept the ceasefire terms.', ['ARM ACCEPT ceasefire []']],
  ] as const) {
    const { got, cs } = labels(body);
    assert.deepEqual(got, [...want].sort(), `${body}\n${show(cs)}`);
  }
});
