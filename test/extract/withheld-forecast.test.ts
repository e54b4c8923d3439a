// Refusing to predict is refusing to speak: "declined to make forecasts about the talks", "would not venture a guess",
// "refused to predict when the dialogue would resume" report a forecast withheld, no stance on the talks (spec §1;
// trigger/no-comment: 'predict', 'forecast', 'guess', and the light verbs 'make', 'venture', 'hazard' only with a noun
// of predicting or stating, rules.json 'lightVerbs', 'lightObjects'). "Refused to make concessions", "refused to make
// the compromises", "refused to make peace" still refuse the act. Sentences written for these tests, with other parties
// and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('declining to make forecasts, predictions or guesses refuses no issue', () => {
  assertNone([
    'Kremlin spokesman Dmitry Peskov declined to make forecasts about the talks.',
    'Azerbaijan\'s foreign minister refused to make any predictions about the next round of talks with Armenia.',
    'Aliyev declined to make a forecast on the signing of the peace treaty with Yerevan.',
    'The Serbian president refused to venture a guess about the next meeting with Kosovo in Brussels.',
    'Asked about the ceasefire, the Ethiopian prime minister declined to hazard a prediction.',
    'Pashinyan refused to predict when the border talks with Baku would resume.',
    'Vucic declined to forecast the outcome of the talks with Pristina.',
    'Aliyev declined to guess how long the ceasefire would hold.',
  ], ' REJECT ');
});

test('refusing to make concessions, compromises or peace still refuses', () => {
  assertIncludes([
    ['Armenia refused to make territorial concessions to Azerbaijan.', 'ARM REJECT territory []'],
    ['Serbia refused to make any concessions on the recognition of Kosovo.', 'SRB REJECT recognition []'],
    ['Russia refused to make peace with Ukraine on those terms.', 'RUS REJECT talks []'],
  ]);
});
