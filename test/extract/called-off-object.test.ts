// Calling off refuses talks only when a meeting is what is called off (trigger/called-off-object): a meeting named in
// an adjunct ("after a heated meeting") or in another clause is no object, and a verb after "than" is a comparison.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a meeting as the object of calling off: a refusal of talks', () => {
  assertIncludes([
    ['Aliyev called off the summit with Pashinyan in Brussels.', 'AZE REJECT talks []'],
    ['Belgrade suspended the dialogue with Pristina on Monday.', 'SRB REJECT talks []'],
    ['Kosovo suspended its participation in the EU-led talks.', 'XKX REJECT talks []'],
    ['Israel cancelled the round of talks with Hamas in Doha after the strike.', 'ISR REJECT talks []'],
    ['Ethiopia scrapped the planned meeting with Eritrea, saying conditions were not right.', 'ETH REJECT talks []'],
  ]);
});

test('no meeting called off: no refusal of talks', () => {
  assertNone([
    'Washington resumed the military aid to Armenia it had suspended after a heated meeting in Yerevan.',
    'Eritrea had suspended its participation on Saturday, saying the drones had used the corridor.',
    'Baku resumed gas deliveries to Armenia, both suspended after a stormy summit in Brussels in February.',
    'Serbia\'s president said the Brussels meeting was more likely "postponed" than cancelled.',
    'Qatar said the round in Doha was more likely delayed than scrapped, and that dialogue remained the only way.',
    'Netanyahu broke off the talks to telephone the Egyptian president.',
  ], / REJECT talks/);
});
