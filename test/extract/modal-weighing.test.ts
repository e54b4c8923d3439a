// A party that "would consider" doing something of its own signals it may do it: an offer (candidate/modal
// 'weighingVerbs'); and a parenthesis of saying between a party and its modal leaves the party the modal's subject
// (candidate/modal-parenthesis).
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

claimCases('would consider + an act of its own', [
  { body: 'Serbia would consider withdrawing its police from the north of Kosovo.', want: ['SRB OFFER territory []'] },
  { body: 'Armenia could consider lifting its sanctions on Azerbaijani goods.', want: ['ARM OFFER sanctions []'] },
  { body: 'Egypt would contemplate sending observers to monitor the truce in Gaza, its foreign minister said.', want: ['EGY OFFER security_guarantees []'] },
]);

claimCases('a parenthesis of saying between the party and its modal', [
  { body: 'Azerbaijan, he said, would consider refraining from strikes on Armenian territory during the talks.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Azerbaijan, Aliyev told reporters, would withdraw from the border villages.', want: ['AZE OFFER territory []'] },
  // Across sentences: the pronoun's speaker is named before; the party before the parenthesis holds the offer.
  { body: 'Aliyev spoke in Baku after the talks. Azerbaijan, he said on Monday, could consider returning the detainees.', want: ['AZE OFFER humanitarian []'] },
  // (Already read before: a negated modal after the parenthesis.)
  { body: 'Vucic spoke in Belgrade after the talks. Serbia, he said, will never recognise Kosovo.', want: ['SRB REJECT recognition []'] },
]);

test('no offer of considering', () => {
  // Considering something as something judges it; "only proposals that …" sets terms; an apposition is no
  // parenthesis of saying.
  assertNone([
    'Serbia would consider the meeting a success.',
    'Armenia, the largest of the three, would sign the treaty.',
  ], ' OFFER ');
  assertNone(['Azerbaijan said it would consider only proposals that took the new realities into account.'], 'AZE OFFER');
});
