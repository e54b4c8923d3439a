// A whole plan, proposal, formula or version appraised by a copula's predicate is accepted or refused as a
// whole, a stance on the talks (spec §3 rule 9; candidate/appraised-plan): "the Russian proposals were \"reasonable\""
// accepts them, "Kyiv's formula was \"doomed to failure\"" refuses it, and a predicate cue that judges a plan noun
// content/plan-is-talks does not know ("the European version was \"completely unconstructive\"") gets the talks too.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a plan appraised favourably by a copula: the whole plan accepted, talks', () => {
  assertIncludes([
    ['Kenyan President William Ruto said the Ethiopian proposals were "reasonable".', 'KEN ACCEPT talks []'],
    ['Qatar\'s foreign minister said the Egyptian plan was "very constructive" and could be discussed.', 'QAT ACCEPT talks []'],
    ['Pashinyan said the Azerbaijani draft was largely realistic.', 'ARM ACCEPT talks []'],
  ]);
});

test('a plan appraised unfavourably: the whole plan refused, talks', () => {
  assertIncludes([
    ['Serbian President Vucic said the Kosovo formula was "doomed to failure".', 'SRB REJECT talks []'],
    ['Eritrean Foreign Minister Osman Saleh said the Ethiopian initiative was "propaganda".', 'ERI REJECT talks []'],
    ['An Israeli official said the Qatari proposals were "not constructive".', 'ISR REJECT talks []'],
    ['Aliyev said the Armenian proposal was "purely propaganda".', 'AZE REJECT talks []'],
  ]);
});

test('a predicate cue judging a version or a consensus: talks', () => {
  assertIncludes([
    ['Kurti said the Serbian version was "completely unconstructive".', 'XKX REJECT talks []'],
    ['The leaders of Kenya and Egypt said the Eritrean version of the text was "unacceptable".', 'KEN REJECT talks []'],
    ['The leaders of Kenya and Egypt said the Eritrean version of the text was "unacceptable".', 'EGY REJECT talks []'],
    ['Pashinyan said the Russian-Turkish "consensus" was "destructive".', 'ARM REJECT talks []'],
  ]);
});

test('an issue named in the subject keeps its issue', () => {
  assertIncludes([
    ['Pashinyan said the Azerbaijani ceasefire proposal was "reasonable".', 'ARM ACCEPT ceasefire []'],
  ]);
  assertNone(['Pashinyan said the Azerbaijani ceasefire proposal was "reasonable".'], /^ARM ACCEPT talks/);
});

test('no plan appraised: no claim', () => {
  assertNone([
    // (No plan noun as the subject.)
    'Ruto said the weather in Addis Ababa was reasonable.',
    'Vucic said the demonstrators were "propaganda victims".',
    // (No appraisal: what became of the plan, or what it says.)
    'Kurti said the Serbian position was unchanged.',
    'Pashinyan said the Azerbaijani draft was ready.',
    // (No speaker and no quote.)
    'The Ethiopian proposals were reasonable.',
    // (Not the copula's predicate: "a reasonable" noun phrase elsewhere.)
    'Aliyev said Baku would study the plan within a reasonable time.',
  ], /(ACCEPT|REJECT) talks/);
});
