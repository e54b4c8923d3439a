// A modal written as a contraction is the modal (discourse/modal-contractions): "we'll never recognise",
// "he'd meet", "won't withdraw", "wouldn't sign" read as "we will never recognise", "he would meet", "will not
// withdraw", "would not sign". Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, assertNone } from './helpers.js';
import { tokenize } from '../../src/annotate/tokenize.js';
import { readModalContractions } from '../../src/annotate/contractions.js';
import { getIndex } from '../../src/extract/index-cache.js';

claimCases('modal contractions', [
  // "'ll" = will
  { body: '"We\'ll never recognise Kosovo," Vucic said.', want: ['SRB REJECT recognition []'] },
  { body: 'Erdogan said he\'ll speak with his Russian counterpart on Friday.', want: ['TUR OFFER talks []'] },
  // "'d" = would
  { body: 'Pashinyan said he\'d meet Aliyev in Brussels next month.', want: ['ARM OFFER talks []'] },
  { body: 'Vucic said Belgrade\'d never recognise Kosovo.', want: ['SRB REJECT recognition []'] },
  // "won't", "wouldn't", "shouldn't": the stem is the modal, the "'t" its negation
  { body: 'Israel won\'t withdraw from Gaza, Netanyahu said.', want: ['ISR REJECT territory []'] },
  { body: 'Aliyev said Azerbaijan wouldn\'t cede Karabakh.', want: ['AZE REJECT territory []'] },
  { body: 'The Kremlin said Russia won’t accept peacekeeping forces from NATO countries in Ukraine.', want: ['RUS REJECT security_guarantees []'] },
]);

test('negatives: "\'d" before a participle is "had"; a possessive, a name with an apostrophe, a past fact', () => {
  assertNone([
    'Vucic said he\'d said many times that the talks were over.',
    'Aliyev said they\'d met in Prague in October.',
    'O\'Donnell wrote that the allies\' plan was ready.',
    'Serbia\'s delegation won the vote in the assembly.',
  ], / (OFFER|REJECT) /);
});

test('the tokens: "\'ll" and "\'d" merge into one modal token; "won" takes the lower case "will"', () => {
  const index = getIndex();
  const text = "We'll sign, he'd said they'd agree, and Baku won't.";
  const toks = readModalContractions(tokenize(text), index);
  const lowers = toks.map((t) => t.lower);
  assert.deepEqual(lowers, ['we', 'will', 'sign', ',', 'he', 'had', 'said', 'they', 'would', 'agree', ',', 'and', 'baku', 'will', "'", 't', '.']);
  assert.equal(text.slice(toks[1].start, toks[1].end), "'ll");
  toks.forEach((t, k) => assert.equal(t.i, k));
});
