// An attribution set off by commas inside a sentence, before the stance ("…, Medinsky said, could take place only once
// …", "If Kyiv refused, he said, …"), names the speaker of a stance no other rule found a holder for
// (holder/inset-speaker). Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a set-off attribution before a stance with no holder of its own: the speaker\'s', () => {
  assertIncludes([
    ['Armenia\'s foreign minister Ararat Mirzoyan spoke after the session. A meeting of Aliyev and Pashinyan, Mirzoyan said, could take place only once a peace treaty had been agreed.', 'ARM OFFER talks []'],
    ['Vucic spoke to reporters in Belgrade on Thursday. If Pristina refused, he said, Serbian forces would keep advancing in the north.', 'SRB THREATEN territory []'],
    // (a "he" the fronted phrase's last name took is the speaker carried from before)
    ['Vucic spoke in Belgrade on Monday. A meeting of Vucic and Kurti, he said, could take place only once the association of Serb municipalities had been set up.', 'SRB DEMAND rights []'],
  ]);
});

test('negatives: no attribution, an attribution after the stance, or another side as the subject', () => {
  // (No attribution: no one to hold it.)
  assertNone([
    'Azerbaijan\'s foreign minister spoke after the session. Diplomats met in Vienna. A meeting of the two leaders could take place only once a peace treaty had been agreed, a Western diplomat noted.',
  ], /^AZE OFFER talks/);
  // (Another side as the subject between the attribution and the stance: that side's, not the speaker's.)
  assertNone([
    'Vucic spoke to reporters in Belgrade on Thursday. If talks failed, he said, Kosovo would keep its special police in the north.',
  ], /^SRB /);
  // (Not the name the fronted phrase ends with.)
  assertNone([
    'Vucic spoke in Belgrade on Monday. A meeting of Vucic and Kurti, he said, could take place only once the association of Serb municipalities had been set up.',
  ], /^XKX /);
});
