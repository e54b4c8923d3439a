// Displeasure held over another party's refusal asks for the act the "if" clause denies (candidate/displeased-if):
// "would not be happy if Putin did not agree to a ceasefire" demands the ceasefire. Sentences written for this test,
// about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('displeasure at a refusal: a demand of the act denied', () => {
  assertIncludes([
    ['The US president said he would not be happy if Aliyev did not agree to a ceasefire in Karabakh.', 'USA DEMAND ceasefire []'],
    ['Ethiopia\'s prime minister said Addis Ababa would be very disappointed if Asmara failed to withdraw its troops from the border.', 'ETH DEMAND territory []'],
    ['The White House said Washington will be unhappy if Hamas does not release all the hostages.', 'USA DEMAND humanitarian []'],
    ['Vucic said Belgrade would not be pleased if Pristina refused to hold talks under EU mediation.', 'SRB DEMAND talks []'],
    ['Turkey will be extremely disappointed if Russia does not extend the grain corridor deal, Erdogan said.', 'TUR DEMAND ceasefire []'],
  ]);
});

test('no refusal in the condition, no modal, or readiness: no demand', () => {
  assertNone([
    'Serbia would be happy if Kosovo agreed to new talks.',
    'Armenia was not happy that Azerbaijan refused the ceasefire.',
    'Eritrea would be happy to hold talks with Ethiopia.',
    'Aliyev might not be happy if Armenia did not sign the treaty.',
  ], / DEMAND /);
});
