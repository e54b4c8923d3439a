// A party named as the gathering a speaker attends or addresses, in a phrase set off after the speaker, is that
// verb's object, not the holder of the speaker's stance (roles.json objectMarkers: "attending", "addressing").
// Sentences written for this test, with other parties than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the body attended or addressed holds nothing; the speaker does', () => {
  const cases: Array<[string, string]> = [
    ['ASMARA — Eritrean President Isaias Afwerki, attending an African Union summit in Addis Ababa, dismissed the proposals for new talks.', 'ERI REJECT talks []'],
    ['YEREVAN — Pashinyan, addressing the European Parliament in Strasbourg, called for a full ceasefire along the border.', 'ARM PROPOSE ceasefire []'],
    ['Serbian President Aleksandar Vucic, who attended a NATO meeting on Monday, rejected any recognition of Kosovo.', 'SRB REJECT recognition []'],
  ];
  assertIncludes(cases);
  assertNone([cases[0][0]], /^AU /);
  assertNone([cases[1][0]], /^EUR /);
  assertNone([cases[2][0]], /^NATO /);
});

test('a party that addresses or attends is still the holder', () => {
  assertIncludes([
    ['The European Union, addressing both delegations in Brussels, called for a full ceasefire along the border.', 'EU PROPOSE ceasefire []'],
  ]);
});
