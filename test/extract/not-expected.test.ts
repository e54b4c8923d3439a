// Saying a party cannot be expected, asked, forced or made to do something refuses the act (cues.json
// 'not-expected', held like a deontic by the speaker, as 'no-right' is). Sentences written for these tests, with
// other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('cannot be expected, asked or forced to act: the act is refused by the speaker', () => {
  assertIncludes([
    ['Armenia could not be expected to cease fire while Azerbaijani troops remained on its soil, Pashinyan said.', 'ARM REJECT ceasefire []'],
    ['Serbia cannot be asked to recognise Kosovo, Vucic told reporters.', 'SRB REJECT recognition []'],
    ['Zelensky said Ukraine will not be forced to give up Donbas.', 'UKR REJECT territory [UA-09,UA-14]'],
    ['Macron said Ukraine cannot be made to cede land.', 'FRA REJECT territory []'],
    ['Eritrea must not be required to withdraw its troops from Badme, Asmara said on Monday.', 'ERI REJECT territory []'],
  ]);
});

test('pressure into a step refused the same way', () => {
  assertIncludes([
    ['Putin said Russia would not be pressured into a ceasefire.', 'RUS REJECT ceasefire []'],
    ['Aliyev said Azerbaijan will never be coerced into withdrawing from Lachin.', 'AZE REJECT territory []'],
  ]);
});

test('being asked, expected or forced, reported or predicted, is no refusal', () => {
  assertNone([
    'Zelensky was asked to give up Donbas at the meeting.',
    'Aliyev is expected to attend the summit with Pashinyan.',
    'Serbia was forced to withdraw from Kosovo in 1999.',
    'Armenia will be asked to cede the villages, diplomats said.',
  ], ' REJECT ');
});
