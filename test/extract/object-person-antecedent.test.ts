// A "he" or "she" heading its sentence, when the sentence before has no subject it can stand for (a group, a plural),
// is the one person that sentence names as an object, not a subject further back (issue 7, holders: a speaker's words
// given to the other side; discourse/object-person-antecedent). Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const held = (body: string) => { const cs = claimsOf(body, { published: '2025-05-20' }); return { got: cs.map((c) => `${c.actor} ${c.type} ${c.issue}`).sort(), cs }; };

test('"he" after a sentence whose only person is an object stands for that person', () => {
  for (const [body, want, not] of [
    ['Aliyev told Azerbaijani television on Thursday that talks were possible. The mediators landed in Yerevan on Friday and went to the border before meeting Prime Minister Nikol Pashinyan. He said real peace required the withdrawal of Azerbaijani troops from all Armenian land.', 'ARM DEMAND territory', 'AZE DEMAND territory'],
    ['Vucic told reporters in Belgrade on Monday that he was ready to talk. The EU envoys then flew to Pristina to see Prime Minister Albin Kurti. He rejected any new round of talks in Brussels.', 'XKX REJECT talks', 'SRB REJECT talks'],
  ] as const) {
    const { got, cs } = held(body);
    assert.ok(got.includes(want) && !got.includes(not), `${body}\n${show(cs)}`);
  }
});

test('a fitting subject, two persons named as objects, or a new paragraph keep the usual reading', () => {
  for (const [body, want] of [
    ['Aliyev met Prime Minister Nikol Pashinyan in Abu Dhabi. He said real peace required the withdrawal of Armenian troops from the border.', 'AZE DEMAND territory'],
    ['Aliyev told Azerbaijani television on Thursday that talks were possible. The mediators met Pashinyan in Yerevan and Erdogan in Ankara. He said real peace required the withdrawal of Armenian troops from the border.', 'AZE DEMAND territory'],
    ['Aliyev told Azerbaijani television on Thursday that talks were possible. The mediators went to the border before meeting Prime Minister Nikol Pashinyan.\n\nHe said real peace required the withdrawal of Armenian troops from the border.', 'AZE DEMAND territory'],
  ] as const) {
    const { got, cs } = held(body);
    assert.ok(got.includes(want), `${body}\n${show(cs)}`);
  }
});
