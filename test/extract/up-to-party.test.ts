// Handing the next step to a party ("It is now up to Russia to accept the ceasefire") demands it of that party
// (candidate/up-to-party); the step's own cue is wanted of it, not given (trigger/pressed-acceptance). Not a verb
// of deciding ("up to Ukraine to make decisions on its territory" gives it the say), not "stand up to".
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

claimCases('the next step handed to a party is demanded of it', [
  { body: 'It is now up to Baku to accept the ceasefire, Pashinyan said.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Now it is up to Belgrade to recognise Kosovo\'s independence, Kurti said.', want: ['XKX DEMAND recognition []'] },
  // (A title the party's mention leaves out may stand between "up to" and the party.)
  { body: 'It is now up to President Aliyev to accept the ceasefire, Blinken said.', want: ['USA DEMAND ceasefire []'] },
  { body: 'It is up to Prime Minister Pashinyan to sign the peace treaty, Aliyev said.', want: ['AZE DEMAND talks []'] },
]);

test('no step demanded, and no acceptance given by the speaker', () => {
  assertNone([
    'It is now up to Baku to accept the ceasefire, Pashinyan said.',
    'It would be up to Armenia to make decisions on its territory, Macron said.',
  ], ' ACCEPT ');
  assertNone([
    'It would be up to Armenia to make decisions on its territory, Macron said.',
    'Yerevan must stand up to Baku to protect its sovereignty.',
  ], ' DEMAND ');
});

claimCases('the step falls on a party, or the onus is on it', [
  { body: 'Pashinyan said it now falls on Baku to accept the ceasefire.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'The onus is now on Belgrade to recognise Kosovo, Kurti said.', want: ['XKX DEMAND recognition []'] },
  { body: 'The burden lies with Baku to withdraw its troops from Armenian territory, Pashinyan said.', want: ['ARM DEMAND territory []'] },
]);

test('responsibility for a past act is no step handed on', () => {
  assertNone(['Responsibility for the war lies with Baku, Pashinyan said.', 'The decision fell to Baku after the vote.'], ' DEMAND ');
});
