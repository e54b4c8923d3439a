// A document's verb "demands" followed by a noun phrase that any modifier opens ("The memorandum demands official
// status for the Azerbaijani language") is the document speaking for its authors, as after "that" or a determiner
// (holder/document-verb 'notObjectStarts'); after a verb, a preposition or a conjunction "demands" stays a noun.
// Passages written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a document demands a noun phrase opened by a modifier', [
  { body: 'Baku handed Yerevan the Azerbaijani memorandum on Monday. The memorandum demands official status for the Azerbaijani language.', want: ['AZE DEMAND rights []'] },
  { body: 'Kosovo sent its letter to Brussels on Friday. The letter demands unconditional recognition of Kosovo by Serbia.', want: ['XKX DEMAND recognition []'] },
]);

test('"demands" as a noun after a document word holds nothing', () => {
  for (const body of [
    'Baku handed Yerevan the Azerbaijani memorandum on Monday. The memorandum demands were rejected by Yerevan.',
    'Baku handed Yerevan the Azerbaijani memorandum on Monday. The memorandum demands on Yerevan went further than expected.',
  ]) {
    const got = claimsOf(body).map(label);
    assert.ok(!got.some((l) => l.startsWith('AZE DEMAND')), `${body}\n${got.join('\n')}`);
  }
});
