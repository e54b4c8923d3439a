// An apposition set off by commas between a party and its modal describes the party, which stays the modal's subject
// (candidate/modal-apposition), as a parenthesis of saying does (candidate/modal-parenthesis). Sentences written for
// this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"X, as a neutral state, would not …": the party keeps its modal', () => {
  assertIncludes([
    ['Malta, as a neutral state under its constitution, would not take part in any military mission.', 'MLT REJECT security_guarantees []'],
    ['The foreign ministry said Austria, a neutral country, would not send troops to Ukraine.', 'AUT REJECT security_guarantees []'],
    ['Turkey, the host of the last round, would offer Istanbul as the venue again, Erdogan said.', 'TUR OFFER talks []'],
    ['Switzerland, long a mediator in the Caucasus, would not recognise the annexation of the enclave, the minister said.', 'CHE REJECT recognition []'],
  ]);
});

test('not an apposition: a relative clause, or a phrase no opener begins', () => {
  // A relative clause has its own verb: the modal's subject is not the party before it.
  assertNone(['Serbia, which the mission visited on Monday, would not recognise Kosovo, the monitors said.'], /^SRB REJECT recognition/);
  // An apposition opened by no determiner or "as" (a place) is not read so: the ministry's statement stays unattributed.
  assertNone(['Eritrea, in Asmara on Monday, would not recognise the ruling, officials said.'], /^ERI REJECT recognition/);
});
