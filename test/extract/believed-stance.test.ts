// Another party's will or readiness as a speaker believes it to be ("Erdogan said he believed Putin wanted the corridor
// to continue") is the believer's guess, not a stance of that party, and no stance of the believer's own
// (trigger/believed-stance). Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a party believed by another to want or be ready for something: no claim on it', () => {
  assertNone([
    'Aliyev said he believed Pashinyan wanted Azerbaijan to withdraw its troops from the border villages.',
    'Aliyev said on Monday that he was convinced Armenia was ready to sign the peace treaty.',
    '"I believe that my friend Vucic wants Kosovo to form the association of Serb municipalities," Erdogan said.',
    'Ethiopian Prime Minister Abiy Ahmed said he thought Eritrea was willing to withdraw its troops from Badme.',
    'Egypt\'s President Abdel Fattah al-Sisi told reporters he believed Netanyahu was open to a new ceasefire in Gaza.',
  ], /^(ARM|SRB|ERI|ISR) /);
});

test('the party\'s own stance, or a believer of the same side: kept', () => {
  assertIncludes([
    ['Pashinyan wants Azerbaijan to withdraw its troops from the border villages.', 'ARM DEMAND territory []'],
    ['Vucic wants Kosovo to form the association of Serb municipalities.', 'SRB DEMAND rights []'],
    ['Pashinyan said Armenia was ready to sign the peace treaty.', 'ARM OFFER talks []'],
    ['Pashinyan said he believed Armenia was ready to sign the peace treaty.', 'ARM OFFER talks []'],
    ['Eritrea was willing to withdraw its troops from Badme, its information minister said.', 'ERI OFFER territory []'],
    ['Netanyahu said Israel was open to a new ceasefire in Gaza.', 'ISR OFFER ceasefire []'],
  ]);
});
