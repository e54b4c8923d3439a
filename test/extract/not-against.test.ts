// Being "not against" something after a copula, or having "nothing against" it, accepts it, as not objecting does
// (cue not-object). A relative of place after a comma describes the venue and is no content of the stance
// (content/where-relative).
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

claimCases('not against, nothing against', [
  { body: 'Azerbaijan was not against any country helping to resume the peace talks.', want: ['AZE ACCEPT talks []'] },
  { body: 'Pashinyan said Armenia is not against a meeting with Aliyev in Geneva.', want: ['ARM ACCEPT talks []'] },
  { body: 'Vucic said Serbia "has nothing against" Brussels as a venue for the talks.', want: ['SRB ACCEPT talks []'] },
  // Across sentences: the pronoun is the party named before.
  { body: 'Kosovo has named its negotiators. It has nothing against an exchange of prisoners, Kurti said.', want: ['XKX ACCEPT humanitarian []'] },
]);

test('not against: nothing accepted', () => {
  // Not being against a people or a party accepts no issue.
  assertNone([
    'The sanctions are not against the Serbian people, Borrell said.',
    'Kurti said he had nothing against the Serbs of the north.',
    'Israel was not against Qatar, Netanyahu said.',
  ], ' ACCEPT ');
});

test('a relative of place describes the venue', () => {
  // "where the agreements were signed" names no issue of the acceptance; with no issue left, no claim.
  assertNone(['Armenia "has nothing against" the Georgian capital, where the ceasefire agreements were signed in 2020, Pashinyan said.'], ' ACCEPT ceasefire');
});
