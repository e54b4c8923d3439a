// What a commitment is said not to be qualifies the holder's own undertaking ("This is not a promise on paper",
// "This is not a commitment to wage war"): no refusal and no offer (trigger/negated-classification, 'qualifiedCues'),
// while denying that another party's move is a proposal or a plan still refuses it. Sentences written for this test,
// about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a commitment said not to be something: no claim', () => {
  assertNone([
    '"This is not a promise on paper," the Kenyan president said of his guarantee to Ethiopia.',
    '"This is not a commitment to wage war," the Turkish defence minister said of the Azerbaijani pact.',
    'The Serbian president said it was not a pledge to recognise Kosovo.',
  ], / (REJECT|OFFER) /);
});

test('another party\'s move said not to be a proposal: still a refusal', () => {
  assertIncludes([
    ['The Armenian foreign minister said Baku\'s offer was "not a peace proposal".', 'ARM REJECT talks []'],
    ['Azerbaijan\'s text is not a serious peace plan, the Armenian foreign minister said.', 'ARM REJECT talks []'],
    ['Ethiopia does not see this as a constructive offer to engage in talks, its foreign ministry said.', 'ETH REJECT talks []'],
  ]);
});
