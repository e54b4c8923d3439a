// A need to know who would defend a party (content/defence-question): a party that needs to know which partners would
// act, and how, if it were attacked again asks them for security guarantees, though neither "need" nor the question
// names the issue. Sentences written for this test, on other disputes (Armenia/Azerbaijan, Moldova, Georgia, Finland)
// and on Ukraine in other wordings.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a need to know who would act if the party were attacked asks for security guarantees', () => {
  assertIncludes([
    ['Pashinyan said Armenia needed to know exactly which partners would act, and how, if Azerbaijan attacked again.', 'ARM DEMAND security_guarantees []'],
    ['Sandu said Moldova still needed to know how its partners would respond if Russia invaded.', 'MDA DEMAND security_guarantees []'],
    ['Zelensky said Kyiv needed to know before signing any agreement with Moscow who would defend the peace and how.', 'UKR DEMAND security_guarantees []'],
    ['Georgia needed answers to one question, Kobakhidze said: what its allies would do if Russia attacked again.', 'GEO DEMAND security_guarantees []'],
  ]);
});

test('a need to know something else asks for no guarantee', () => {
  assertNone([
    'Pashinyan said Armenia needed to know how the talks with Baku would proceed.',
    'Sandu said Moldova needed to know what the new tariffs would cost its farmers.',
    'Zelensky said Ukraine needed to know the date of the next round.',
  ], ' security_guarantees ');
});
