// A pronoun judged by a verb of naming refers back to the last stance of another party ('Pristina called it an
// ultimatum', content/anaphoric-object), and so it does when the judgement is quoted: 'called this "a good
// compromise"', 'described it as "unacceptable"' (the quote mark stands between the pronoun and the predicate).
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a quoted judgement of "this" or "it" answers the stance named before', () => {
  assertIncludes([
    ['The US envoy proposed that both armies stop where they are along the border. On Tuesday, Pashinyan called this "a good compromise".', 'ARM ACCEPT ceasefire []'],
    ['Belgrade demanded that Pristina withdraw its police from the north. Kurti called it "unacceptable".', 'XKX REJECT territory []'],
    ['Egypt proposed an exchange of hostages for prisoners. Netanyahu described it as "a step in the right direction".', 'ISR ACCEPT humanitarian []'],
  ]);
});

test('negatives: an act of war judged, a judge who is no party, no stance before', () => {
  assertNone(['Serbian forces shelled the village. Kurti called it "a good compromise".'], ' ACCEPT ');
  assertNone(['Belgrade demanded that Pristina withdraw its police from the north. Analysts called it "unacceptable".'], ' REJECT ');
  assertNone(['The weather was mild in Geneva. Pashinyan called this "a good compromise".'], ' ACCEPT ');
});
