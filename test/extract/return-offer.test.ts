// The second half of a bargain told in one sentence (claim/return-offer): after a party's demand, what it does "in
// return" or "in exchange" is its own offer, not a step of the party the demand addresses, nor more of the demand.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"in return" / "in exchange" after a demand: the demanding party\'s offer', () => {
  assertIncludes([
    ['Aliyev demanded that Armenia withdraw from the four border villages and in return offered to freeze the front elsewhere.', 'AZE OFFER ceasefire []'],
    ['Aliyev demanded that Armenia withdraw from the four border villages, offering in exchange to freeze the front lines in the north.', 'AZE OFFER ceasefire []'],
    ['Aliyev wants Armenia to withdraw from the four border villages, and in return would freeze the front line in the north.', 'AZE OFFER ceasefire []'],
    ['Belgrade demanded that Pristina disband the special police unit, and in return promised to lift its sanctions on Kosovo banks.', 'SRB OFFER sanctions []'],
  ]);
  // (The demand stays the demanding party's, and the offered step is no demand.)
  assertIncludes([
    ['Aliyev wants Armenia to withdraw from the four border villages, and in return would freeze the front line in the north.', 'AZE DEMAND territory []'],
  ]);
  assertNone([
    'Aliyev wants Armenia to withdraw from the four border villages, and in return would freeze the front line in the north.',
    'Aliyev demanded that Armenia withdraw from the four border villages, offering in exchange to freeze the front lines in the north.',
  ], /^(AZE DEMAND ceasefire|ARM OFFER ceasefire)/);
});

test('another party\'s step in return, a counterpart asked, or no demand: no offer added', () => {
  assertNone(['Belgrade demanded that Pristina disband the special police unit, and Pristina in return would get a seat at the talks.'], /^SRB OFFER/);
  assertNone(['Israel demanded the release of all hostages in return for a halt to the fighting.'], /^ISR OFFER humanitarian/);
  assertNone(['Eritrea reopened the border crossing, and in return Ethiopia lifted its sanctions.'], /^ERI OFFER sanctions/);
});
