// An expectation that something will be done to a term of the settlement asks for it (trigger/expected-done, read by
// trigger/want-needs-act): "Russia expects that all restrictions … will be lifted". Sentences written for this test,
// about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a thing expected done to: a demand of the act', () => {
  assertIncludes([
    ['Aliyev said Azerbaijan expects that "all sanctions" on its gas exports, including on shipping and insurance, will be lifted.', 'AZE DEMAND sanctions []'],
    ['Baku expects the sanctions on its oil and gas exports to be lifted once the treaty is signed.', 'AZE DEMAND sanctions []'],
    ['Kosovo is a sovereign state, and we expect that to be recognised in any final agreement, Kurti said.', 'XKX DEMAND recognition []'],
    ['Eritrea expected the border ruling of the commission to be respected and its territory to be restored, its foreign minister said.', 'ERI DEMAND territory []'],
  ]);
});

test('a prediction, a denied expectation, a process term: no demand', () => {
  assertNone([
    'Analysts said few expected sanctions to be eased this year.',
    'Armenia did not expect the sanctions to be lifted.',
    'Ethiopia expects the talks to be held in Nairobi.',
    'Serbia expects the meeting to be postponed.',
  ], / DEMAND /);
});
