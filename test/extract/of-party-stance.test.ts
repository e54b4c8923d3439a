// A stance noun with its holder after "of" (candidate/of-party-stance): "the readiness of the United States to …",
// "the demand of Azerbaijan for …", "the willingness of Qatar to …". Not a noun with no party after "of", not a
// possessive, not without "to"/"for". Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the party after "of" holds the readiness, demand or proposal', () => {
  assertIncludes([
    ['The participants welcomed the readiness of the United States to lead a ceasefire monitoring mechanism.', 'USA OFFER ceasefire []'],
    ['Armenia rejected the demand of Azerbaijan for the withdrawal of its troops from the border.', 'AZE DEMAND territory []'],
    ['The summit backed the proposal of Brazil for a ceasefire in Sudan.', 'BRA PROPOSE ceasefire []'],
    ['The statement noted the willingness of Qatar to host a new round of talks between Israel and Hamas.', 'QAT OFFER talks []'],
    ['The communique welcomed the readiness of Britain and France to deploy troops to Armenia after a peace deal.', 'FRA OFFER security_guarantees []'],
  ]);
});

test('no party after "of", or no "to"/"for": no stance of a party', () => {
  assertNone([
    'The demand of the hour is peace in Sudan.',
    'The readiness of the troops for a ceasefire was in doubt.',
  ], ' OFFER ');
  assertNone(['The demand of the hour is a ceasefire in Sudan, the editorial said.'], ' DEMAND ');
});
