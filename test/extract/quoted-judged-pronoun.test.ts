// A lone pronoun judged by a quoted predicate (content/quoted-judged-pronoun): the quote mark that opens the judgement
// after the verb of being is no break, so 'Kurti said it was "unacceptable"' answers the last stance of another party as
// 'Kurti said it was unacceptable' does; a pronoun right after a sentence that names a whole plan last is that plan,
// judged as a whole (talks, spec rule 9); a dummy "it" before a quoted judgement and its clause ('it was "premature" to
// discuss …') refers back to nothing. Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a quoted judgement of a lone pronoun answers the stance named before', () => {
  assertIncludes([
    ['Belgrade demanded that Pristina withdraw its police from the north. Kurti said it was "unacceptable".', 'XKX REJECT territory []'],
    ['Egypt proposed an exchange of hostages for prisoners. Netanyahu said on Monday that it was "absolutely unacceptable".', 'ISR REJECT humanitarian []'],
  ]);
});

test('a pronoun judged right after a sentence naming a whole plan: the plan, talks', () => {
  assertIncludes([
    ['Baku was dismissive of the Armenian version. Aliyev said on Monday that it was "completely unconstructive" and "does not suit us".', 'AZE REJECT talks []'],
    ['Pristina published its counter-proposal on Friday. Belgrade said it was "a non-starter".', 'SRB REJECT talks []'],
    ['Egypt presented its draft on Sunday. Netanyahu said on Monday that it was "absurd".', 'ISR REJECT talks []'],
  ]);
});

test('a dummy "it" before a quoted judgement and its clause refers back to nothing', () => {
  assertNone(['Egypt proposed an exchange of hostages for prisoners. Netanyahu said it was "premature" to speak about Rafah.'], /ISR REJECT humanitarian/);
});

test('negatives: no party speaking, an act of war judged, nothing before', () => {
  assertNone(['Belgrade demanded that Pristina withdraw its police from the north. Analysts said it was "unacceptable".'], /REJECT/);
  assertNone(['Serbian forces shelled the village. Kurti said it was "unacceptable".'], /REJECT/);
  assertNone(['Kurti said it was "unacceptable".'], /REJECT/);
  // (A plan named in another paragraph is not the pronoun's.)
  assertNone(['Pristina published its counter-proposal on Friday.\n\nBelgrade said it was "a non-starter".'], /SRB REJECT/);
});
