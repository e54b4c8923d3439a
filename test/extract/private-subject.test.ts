// A stance whose own subject is a private actor (traders, brokers, a parish, readers, clients) is no party's, and the
// nearest party or the speaker must not take it over (trigger/private-subject). Sentences written for this test, about
// disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a private actor as the subject: no claim', () => {
  assertNone([
    'Freight brokers in Djibouti say they will not quote firm rates for Assab loadings until Eritrea reopens the border.',
    'Back in Addis Ababa, Abiy said the parish would continue collecting medical supplies for a hospital in Tigray.',
    'Clients with exposure to Serbian counterparties should review their contracts in light of any lifting of sanctions on Serbia, Vucic said.',
    '"Anyone who thinks the deadline is a suggestion should speak to their lawyers today," said a partner at a law firm in London.',
    'Shipowners in Piraeus said they would not send vessels to Assab until Eritrea reopened the port, Abiy said.',
  ], /./);
});

test('a party or its officials as the subject: kept', () => {
  assertIncludes([
    ['Eritrea will not withdraw its troops from Badme, Isaias said.', 'ERI REJECT territory []'],
    ['Kosovo\'s government said it would continue talks with Serbia in Brussels.', 'XKX OFFER talks []'],
    ['Aliyev said Azerbaijan would not open the corridor until Armenia amended its constitution.', 'AZE REJECT ceasefire []'],
  ]);
});
