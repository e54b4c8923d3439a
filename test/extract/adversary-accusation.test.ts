// What one side of a dispute says the other is refusing, in the progressive or the present, is the speaker's
// accusation, no stance of the accused (holder/adversary-accusation): "Lavrov told reporters that Kyiv was refusing to
// negotiate". A past act reported, a mediator's or an ally's report, or the party's own side saying it still give the
// refusal. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('one side on what the other "is refusing": no claim of the accused', () => {
  assertNone([
    'Azerbaijani Foreign Minister Jeyhun Bayramov told reporters that Armenia was refusing to withdraw from the disputed villages.',
    'Serbian President Aleksandar Vucic said Kosovo keeps rejecting the association of Serb-majority municipalities.',
    'Armenian Prime Minister Nikol Pashinyan said Azerbaijan is not ready for a peace treaty with Armenia.',
    'Pakistani Foreign Minister Ishaq Dar told reporters that India refuses to resume the composite dialogue.',
    'Kosovo Prime Minister Albin Kurti said Serbia is not interested in signing the agreement, and called on Brussels to act.',
  ], /^(ARM|XKX|AZE|IND|SRB) REJECT/);
});

test('a past act, a third party\'s report or the party\'s own side: the refusal stands', () => {
  assertIncludes([
    ['Azerbaijani Foreign Minister Jeyhun Bayramov said Azerbaijan refuses to withdraw from the disputed villages.', 'AZE REJECT territory []'],
    ['Serbian President Aleksandar Vucic said Kosovo had rejected the EU proposal for the association of Serb-majority municipalities.', 'XKX REJECT rights []'],
    ['EU envoy Miroslav Lajcak said Kosovo is refusing the association of Serb-majority municipalities.', 'XKX REJECT rights []'],
    ['Azerbaijani Foreign Minister Jeyhun Bayramov said Baku wants Armenia to amend its constitution, terms that Yerevan rejects as interference.', 'ARM REJECT governance []'],
    ['Eritrea refuses to withdraw its troops from Badme, the Ethiopian prime minister\'s office said.', 'ERI REJECT territory []'],
  ]);
});
