// A condition inside one reported that-clause ends where "and that" opens the next (claim/condition-that-clause): the
// stance of the second clause is the speaker's own, not part of the condition, so trigger/blocker keeps it. Sentences
// written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a stance in the that-clause after a condition is the speaker\'s', () => {
  assertIncludes([
    ['Blinken said that "nothing will move until Aliyev and Pashinyan sit down together" and that Washington was ready to host the two leaders.', 'USA OFFER talks []'],
    ['Aliyev said Baku would keep its troops in place until Yerevan changed its constitution, and that Azerbaijan was ready to sign the peace treaty this year.', 'AZE OFFER talks []'],
    ['Vucic said Serbia would not recognise Kosovo unless Pristina formed the association of Serb municipalities and that Belgrade would block its UN membership.', 'SRB THREATEN recognition []'],
    ['Netanyahu said Israel would keep fighting "for as long as it takes" and that it could also demand the disarmament of Hamas.', 'ISR DEMAND military_limits []'],
  ]);
});

test('a condition whose own mark takes a that-clause goes on; a demonstrative "that" stays inside', () => {
  // "provided that …, and that …": two coordinated conditions, the second no stance of its own.
  assertNone([
    'Asmara said it would withdraw from Badme, provided that the border was demarcated and that Ethiopia was ready to sign the treaty.',
  ], /^ETH OFFER/);
  assertNone([
    'Pristina said it would sign the agreement if Belgrade agreed and that was confirmed by Brussels.',
  ], /^EU ACCEPT/);
  // Without "that" the condition goes on as before.
  assertNone([
    'Baku said it would sign only if Yerevan changed its constitution and was ready to accept the border.',
  ], /^ARM OFFER/);
});
