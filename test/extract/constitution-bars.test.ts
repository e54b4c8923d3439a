// A constitution that bars a step refuses the step for the party whose law it is (candidate/constitution-bars); the
// constitution itself is the grounds, not the issue. Sentences written for this test, about disputes other than the
// corpus's (and one of the corpus's kind in other words).
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a constitution barring a step: the step refused', () => {
  assertIncludes([
    ['Pashinyan said Armenia\'s constitution forbids ceding any territory.', 'ARM REJECT territory []'],
    ['Kurti said Kosovo\'s constitution makes it impossible to recognise an association with executive powers.', 'XKX REJECT recognition []'],
    ['Yerevan says its constitution does not allow it to give up land.', 'ARM REJECT territory []'],
    ['Zelensky told reporters that the constitution of Ukraine did not permit him to hand over the Donbas.', 'UKR REJECT territory [UA-09,UA-14]'],
  ]);
  assertNone(['Pashinyan said Armenia\'s constitution forbids ceding any territory.'], /governance/);
});

test('a constitution to amend, or one that allows something: no bar', () => {
  assertNone(['The constitution allows a referendum on the border, Pashinyan said.'], /REJECT/);
  assertIncludes([['Baku insists that Armenia amend its constitution.', 'AZE DEMAND governance []']]);
});
