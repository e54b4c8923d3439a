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

// ", led by A and B" and ", such as A and B" list the members too (issue 7, holders round 5: "European
// governments, led by …, have backed …" gave EUR, or the members after the first, which read as the object of
// "by"; "They" in the next sentence is the same members).
test('the parties after ", led by" or ", such as" behind a plural subject hold its verb and the "they" after it', () => {
  for (const [body, want] of [
    ['Gulf states, led by Qatar and Oman, called for a ceasefire in Gaza.', ['OMN', 'QAT']],
    ['Arab governments, led by Egypt and Jordan, have rejected the plan. They insist that Israel must withdraw from Gaza.', ['EGY', 'JOR']],
    ['European governments, led by Spain and Italy, have backed a truce in Gaza. They insist that Hamas must free all the hostages.', ['ESP', 'ITA']],
    ["Sudan's neighbours, such as Egypt and Chad, demanded a halt to the fighting around Khartoum.", ['EGY', 'TCD']],
  ] as const) {
    const { got, cs } = actors(body);
    assert.deepEqual(got, [...want], `${body}\n${show(cs)}`);
    for (const a of want) assert.ok(cs.filter((c) => c.actor === a).length >= cs.length / want.length, `${a} holds every claim\n${body}\n${show(cs)}`);
  }
});

test('"led by" after a noun that is no group of parties lists no holder', () => {
  for (const body of [
    'Talks led by Qatar and Egypt failed to produce a ceasefire in Gaza.',
    'The delegation, led by Qatar and Egypt, arrived in Cairo on Monday.',
  ]) {
    const { cs } = actors(body);
    assert.equal(cs.length, 0, `${body}\n${show(cs)}`);
  }
});
