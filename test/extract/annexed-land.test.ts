// Land described as annexed is the land (content/annexed-land): a stance on "the regions that Moscow declared annexed"
// or "the annexed villages" is about territory; recognising them, or accepting that a party annexed them, stays
// recognition. Sentences written for this test, on other disputes (Armenia/Azerbaijan, Georgia's regions, the
// Golan, Crimea in another wording).
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('land described as annexed is territory', () => {
  assertIncludes([
    ['Peskov said the four regions that Moscow declared annexed are not a subject for discussion.', 'RUS REJECT territory [UA-09,UA-14,UA-23,UA-65]'],
    ['Russia will never return the annexed regions, Lavrov said.', 'RUS REJECT territory []'],
    ['Baku said the villages it annexed last year were not up for negotiation.', 'AZE REJECT territory []'],
    ['Israel will never hand back the annexed heights, Netanyahu said.', 'ISR REJECT territory []'],
    ['Tbilisi demanded the return of the territories Moscow had annexed in all but name.', 'GEO DEMAND territory []'],
  ]);
});

test('recognising an annexation stays recognition', () => {
  assertIncludes([
    ['Ukraine will never recognise the annexed regions as Russian, Zelensky said.', 'UKR REJECT recognition []'],
    ['Zelensky said Ukraine would never accept that Russia annexed four regions.', 'UKR REJECT recognition [UA-09,UA-14,UA-23,UA-65]'],
    ['Georgia rejected any recognition of annexed land in Abkhazia.', 'GEO REJECT recognition []'],
  ]);
  assertNone(['Zelensky said Ukraine would never accept that Russia annexed four regions.'], ' territory ');
});
