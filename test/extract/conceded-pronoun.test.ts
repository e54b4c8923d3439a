// A refusal of a concession verb whose object is "it" or "them" ("has no right to give it away") refuses what another
// party last asked (content/anaphoric-object); "no legal or moral right to" denies both rights at once (cue
// no-right). Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"no right to give it away", "will not cede them": the thing last asked is refused', () => {
  assertIncludes([
    ['Russia demands that Ukraine hand over the rest of Donetsk. Zelensky said Ukraine has no right to give it away.', 'UKR REJECT territory [UA-14]'],
    ['Baku wants Armenia to hand over the four border villages. Pashinyan said Armenia "has no legal or moral right" to give them away.', 'ARM REJECT territory []'],
    ['Belgrade demands that Kosovo withdraw its special police from the north. Pristina said it would not withdraw them.', 'XKX REJECT territory []'],
  ]);
});

test('negatives: a pronoun object of no concession, a concession verb with no stance before it', () => {
  assertNone(['Russia has offered a truce. Kyiv said it would not give it a chance.'], 'UKR ');
  assertNone(['The rebels still hold the town. Aliyev said nobody had any right to give it away.'], ' REJECT ');
});
