// The parties listed after ", including" behind a plural subject are that subject (issue 7, holders: several parties
// before one verb): "Several Gulf states, including Qatar and Oman, called for a ceasefire in Gaza" gave nothing (the
// listed states read as objects of "including"); it is one claim per state (discourse/including-subjects).
// Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} «${c.quote}» ${c.rule}`).join('\n');
const actors = (body: string) => { const cs = claimsOf(body, { published: '2025-09-05' }); return { got: [...new Set(cs.map((c) => c.actor))].sort(), cs }; };

test('the parties after ", including" behind a plural subject heading the sentence hold its verb', () => {
  for (const [body, want] of [
    ['Several Gulf states, including Qatar and Oman, called for a ceasefire in Gaza.', ['OMN', 'QAT']],
    ["Sudan's neighbours, including Egypt and Ethiopia, demanded a halt to the fighting around Khartoum.", ['EGY', 'ETH']],
  ] as const) {
    const { got, cs } = actors(body);
    assert.deepEqual(got, [...want], `${body}\n${show(cs)}`);
  }
});

test('a list after ", including" in an object or behind a preposition holds nothing', () => {
  for (const body of [
    'Kyiv thanked several countries, including Qatar and Turkey, for their mediation in the talks.',
    'Talks with several states, including Qatar, failed to produce a ceasefire in Gaza.',
  ]) {
    const { got, cs } = actors(body);
    assert.ok(!got.includes('QAT'), `${body}\n${show(cs)}`);
  }
});
