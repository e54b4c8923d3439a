// "Moldova would adopt a neutral, non-bloc status": a status the subject would take on itself, after a modal, is its
// own concession, an OFFER (trigger/needs-stance-object 'ownStatuses'), where "adopt" otherwise accepts only another
// party's position. Passages written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a status of its own adopted after a modal is an offer (trigger/needs-stance-object)', [
  { body: 'Armenia would adopt a neutral status, its negotiator Ararat Mirzoyan said.', want: ['ARM OFFER alliance []'] },
  { body: 'Under the framework, Moldova would also adopt a neutral, non-bloc status and would not host foreign military bases.', want: ['MDA OFFER alliance []', 'MDA OFFER security_guarantees []'] },
  // Another party's position adopted is still an acceptance of it.
  { body: "Hungary adopted Moscow's position that the sanctions must be lifted.", want: ['HUN ACCEPT sanctions []', 'RUS DEMAND sanctions []'] },
]);

test('a status adopted in the past or a resolution about a status takes no stance', () => {
  for (const body of [
    'Serbia adopted neutrality in 2007, after the war.',
    "The parliament in Chisinau will adopt a resolution on Moldova's status next week.",
  ]) {
    const got = claimsOf(body).map(label);
    assert.ok(!got.some((l) => / (OFFER|ACCEPT) alliance/.test(l)), `${body}\n${got.join('\n')}`);
  }
});
