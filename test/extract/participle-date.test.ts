// A participle with its agent after a noun describes that noun, and its date dates the thing, not the stance
// (claim/background-date, spec §2 `date`): "rejected the plan presented by Brussels in March" was said in the
// publication window, not in March. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimDate } from './helpers.js';

// A report of Friday 20 June 2025.
const PUB = { published: '2025-06-20' };
const WINDOW = { from: '2025-06-06', to: '2025-06-20' };
const dateOf = (body: string, actor: string, issue: string) => claimDate(body, actor, issue, PUB);

test('the date of a participle describing the stance\'s object is not the stance\'s', () => {
  for (const [body, actor] of [
    ['Serbia rejected the plan presented by Brussels in March.', 'SRB'],
    ['Azerbaijan insists that any talks must be based on the principles agreed by both leaders in Prague in October 2022.', 'AZE'],
    ['North Korea rejected the offer made by Seoul in April to resume talks.', 'PRK'],
  ] as const) {
    const r = dateOf(body, actor, 'talks');
    assert.deepEqual(r.date, WINDOW, `${body}\n${r.shown}`);
  }
});

test('the stance then takes its neighbour\'s day', () => {
  const r = dateOf('Pashinyan received the Iranian envoy on Wednesday. Armenia insists that any talks must be based on the principles agreed by both leaders in Prague in October 2022.', 'ARM', 'talks');
  assert.deepEqual(r.date, '2025-06-18', r.shown);
});

test('the participle\'s own stance keeps its date', () => {
  const r = dateOf('Serbia rejected the plan presented by Brussels in March.', 'EU', 'talks');
  assert.deepEqual(r.date, '2025-03', r.shown);
});

test('negatives: a description of the holder, a passive with its auxiliary, a date before the participle', () => {
  let r = dateOf('The plan presented by Qatar on Monday calls on Israel and Hamas to agree a ceasefire.', 'QAT', 'ceasefire');
  assert.deepEqual(r.date, '2025-06-16', r.shown);
  r = dateOf('The peace plan was presented by Armenia on Monday, and Azerbaijan rejected it.', 'AZE', 'talks');
  assert.deepEqual(r.date, '2025-06-16', r.shown);
  r = dateOf('Azerbaijan on Monday rejected the plan presented by Armenia.', 'AZE', 'talks');
  assert.deepEqual(r.date, '2025-06-16', r.shown);
});

test('a stance in a later clause of the sentence is not dated by the description either', () => {
  const r = dateOf('Aliyev told the envoy that any talks must be based on the principles agreed by both leaders in Prague in October 2022 and that Azerbaijan will not accept a ceasefire that leaves Armenian troops in Karabakh.', 'AZE', 'ceasefire');
  assert.deepEqual(r.date, WINDOW, r.shown);
});

test('a pluperfect acceptance of a proposal keeps the proposal\'s date, the only one the text gives it', () => {
  const r = dateOf('Netanyahu said Israel had agreed to a ceasefire proposed by Egypt in March and that it was Hamas that kept refusing.', 'ISR', 'ceasefire');
  assert.deepEqual(r.date, '2025-03', r.shown);
});

test('a date in a "who" clause of the next sentence is background, not the stance\'s occasion', () => {
  const r = dateOf('Armenia insists that any talks must take place in Geneva. Aliyev, who had met Putin at the end of March, did not comment.', 'ARM', 'talks');
  assert.deepEqual(r.date, WINDOW, r.shown);
});
