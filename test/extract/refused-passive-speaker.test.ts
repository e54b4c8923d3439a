// A negated passive that refuses its subject ("Borders cannot be changed by force") has no party for its subject to
// hold it: the speaker holds it, as for a deontic — the quote's, the sentence's, else the holder carried from the
// sentence before (holder/refused-passive-speaker). Sentences written for this test, about disputes other than the
// corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a refused passive with no party for its subject is the speaker\'s refusal', () => {
  assertIncludes([
    ['"The talks in Washington were useful. Borders cannot be changed by force," Armenian Prime Minister Nikol Pashinyan said.', 'ARM REJECT territory []'],
    ['"We will keep talking to Belgrade. The borders of Kosovo cannot be changed by force," Kosovo Prime Minister Albin Kurti told reporters.', 'XKX REJECT territory []'],
    ['Serbian President Aleksandar Vucic said on Friday that the borders of Serbia cannot be changed by force.', 'SRB REJECT territory []'],
  ]);
});

test('a refused passive in a point after a party\'s statement is that party\'s, carried', () => {
  assertIncludes([
    ['The African Union called for an immediate ceasefire in Ethiopia on Tuesday.\n\n- Principles: international borders must not be changed by force.', 'AU REJECT territory []'],
  ]);
});

test('no speaker known, or the carried holder only owns a noun: nobody', () => {
  // (The Armenian proposal's owner is not who says the next sentence.)
  assertNone(['Azerbaijan rejected the Armenian proposal on Monday. Borders cannot be changed by force.'], /^ARM REJECT territory/);
  // (An unknown official answers Moscow: not Moscow's refusal.)
  assertNone(['Moscow demanded changes to the church law on Monday. Taras Hrytsenko, head of the religious affairs agency, replied that the church law would not be changed under pressure.'], /^RUS REJECT/);
});
