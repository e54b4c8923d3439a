// "has to" is a deontic like "must": the party before it is who is obliged, and the speaker (or the party carried
// from the sentence before) wants it (holder/deontic-has-to), not a speaker of "has said". Accepting that a land
// belongs to a state is recognition (issues.json recognition frame). Passages written for this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

claimCases('has to obliges its subject', [
  { body: 'Ethiopia\'s prime minister spoke in Addis Ababa on Tuesday. Eritrea has to pull its troops out of the border districts.', want: ['ETH DEMAND territory []'] },
  { body: 'Serbia\'s president spoke to reporters on Monday. Pristina has to release the detained Serbian police officers.', want: ['SRB DEMAND humanitarian []'] },
]);

test('a party that has said something still speaks', () => {
  assertIncludes([
    ['Azerbaijan has repeatedly said that Armenia must change its constitution.', 'AZE DEMAND governance []'],
  ]);
});

test('accepting that a land belongs to a state is recognition', () => {
  assertIncludes([
    ['China\'s foreign ministry spoke on Tuesday. The new government in Taipei has to accept that both sides of the strait belong to one China.', 'CHN DEMAND recognition []'],
    ['Belgrade will never accept that Kosovo belongs to the Kosovars, Vucic said.', 'SRB REJECT recognition []'],
  ]);
  assertNone(['Belgrade will never accept that Kosovo belongs to the Kosovars, Vucic said.'], ' territory ');
});
