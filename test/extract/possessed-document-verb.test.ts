// "Moscow's memorandum demands the recognition of …": a document's third-person verb after a possessed document
// phrase ("Baku's draft", "Pristina's letter") is the document speaking for the possessor, as after "the memorandum"
// (holder/document-verb): the stance is the verb's, and the document noun before it governs no stance of its own.
// Passages written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a possessed document demands (holder/document-verb)', [
  { body: "Baku's draft demands the withdrawal of Armenian troops from Karabakh.", want: ['AZE DEMAND territory []'] },
  { body: "For a lasting peace, Asmara's memorandum demands the withdrawal of Ethiopian troops from Badme; the release of all prisoners of war; and the lifting of sanctions.", want: ['ERI DEMAND humanitarian []', 'ERI DEMAND sanctions []', 'ERI DEMAND territory []'] },
  { body: "Pristina's letter demands that Serbia recognise Kosovo's independence.", want: ['XKX DEMAND recognition []'] },
]);

test('"demands" as a noun after a possessed document holds no demand of its own', () => {
  for (const body of [
    "Baku's draft demands were rejected by Yerevan on Monday.",
    "Asmara's memorandum demands on Addis Ababa went further than expected.",
  ]) {
    const got = claimsOf(body).map(label);
    assert.ok(!got.some((l) => l.includes(' DEMAND ')), `${body}\n${got.join('\n')}`);
  }
});
