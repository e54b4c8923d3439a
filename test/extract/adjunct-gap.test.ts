// A stance verb separated from its preposition by an adverbial adjunct longer than the few free words of
// candidate/gap-verb: a comma parenthesis ("stands ready, together with France, to deploy …", "had agreed, through
// their envoys, on …") or a phrase of occasion, place or time ("agreed in his call with Trump to halt …").
// Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

test('a phrase of occasion, place or time between the verb and its "to"', () => {
  assertIncludes([
    ['Netanyahu agreed in his phone call with Biden on Sunday to pause strikes on Rafah for three days.', 'ISR ACCEPT ceasefire []'],
    ['Aliyev agreed at the summit in Granada on 5 October to sign a peace treaty with Armenia.', 'AZE ACCEPT talks []'],
    // (One party agreeing to an act of its own offers it, claim/own-act-agreed.)
    ['Israel agreed during the talks in Cairo last week to release thirty Palestinian prisoners.', 'ISR OFFER humanitarian []'],
  ]);
});

test('a comma parenthesis between the verb and its preposition', () => {
  assertIncludes([
    ['Germany stands ready, together with Poland and the Nordic states, to deploy troops to Ukraine after a ceasefire.', 'DEU OFFER security_guarantees []'],
    ['Baku is ready, if necessary, to sign a peace treaty with Yerevan.', 'AZE OFFER talks []'],
    ['Belgrade and Pristina had agreed, through their EU envoys, on a plan to free detained civilians.', 'SRB ACCEPT humanitarian []'],
    ['Serbia is ready, as always, to resume talks with Pristina.', 'SRB OFFER talks []'],
  ]);
});

claimCases('no stance past an adjunct', [
  // "to" after a phrase that addresses someone: agreeing to nothing.
  { body: 'Aliyev agreed in a message to the Armenian prime minister on Friday.', want: [] },
  // A clause of its own in the comma pair is no parenthesis.
  { body: 'Ukraine agreed, and Russia later said it would consider, a plan to swap bodies.', want: [] },
  // "ready" as a noun's attribute: no stance.
  { body: 'Analysts said a ready supply of shells in the depot at Odesa to the army is unlikely.', want: [] },
]);

test('negatives: a "to" that is no infinitive after the adjunct', () => {
  assertNone(['Erdogan agreed in Ankara on Monday to the detriment of nobody.'], ' ACCEPT ');
});
