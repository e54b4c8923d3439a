// A deontic whose subject opens with "no" ("no foreign troops must be stationed in Serbia") refuses that subject on
// the speaker's word: a REJECT, no negated demand (trigger/no-subject-deontic).
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

claimCases('no + subject + deontic refuses the subject', [
  { body: 'Vucic said no foreign troops must be stationed in Serbia.', want: ['SRB REJECT security_guarantees []'] },
  { body: 'Aliyev said that no peacekeepers should remain in Karabakh after 2025.', want: ['AZE REJECT security_guarantees []'] },
  // Across sentences: the speaker of the second sentence is the party named in the first.
  { body: 'Pashinyan spoke to parliament on Tuesday. No Azerbaijani troops should be stationed on Armenian soil, he said.', want: ['ARM REJECT security_guarantees []'] },
]);

test('no refusal from "no"', () => {
  // "no" that opens no subject of the deontic, and a demand to be included ("without"), refuse nothing.
  assertNone([
    'No one doubts that Armenia must sign the treaty, Aliyev said.',
    'No agreement should be signed without Kosovo, Kurti said.',
  ], ' REJECT ');
});
