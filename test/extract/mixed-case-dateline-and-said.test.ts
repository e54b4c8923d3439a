// A wire dateline in mixed case ("Moscow/Beijing, May 27 (PTI) …", "Kyiv, Dec 11 (EFE).- …") names where the report
// was filed, not the party a later "it" stands for (discourse/mixed-case-dateline); a ", and" before a party and a
// verb of saying opens the clause whose subject a pronoun after it stands for, not a place of an earlier list
// (discourse/and-said-clause). Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a mixed-case dateline names no party for a later "it"', () => {
  assertNone(['Ankara, May 27 (PTI) The envoys of Armenia and Azerbaijan met on Friday. It said it was willing to host the next round of talks.'], 'TUR OFFER');
  assertNone(['Baku, Dec. 11 (EFE).- The foreign ministers met on Friday. It said it was ready to host the next round of talks with Armenia.'], 'AZE OFFER');
  // The same city named again in the text is a party.
  assertIncludes([
    ['Tehran, May 27 (IRNA) Tehran said it was willing to host talks between Armenia and Azerbaijan.', 'IRN OFFER talks []'],
    ['DOHA, May 27 (AFP) - Qatar said it was ready to host talks between Israel and Hamas.', 'QAT OFFER talks []'],
  ]);
});

test('", and X said it …": the pronoun stands for X, not a place of the tour listed before', () => {
  const s = "Qatar's envoy held talks in Cairo, wrapping up a tour that also took him to Amman, Paris and Ankara, and Tehran said it was willing to host talks between Israel and Hamas.";
  assertIncludes([[s, 'IRN OFFER talks []']]);
  assertNone([s], 'FRA OFFER');
  assertIncludes([
    ['Serbia, Hungary and Slovakia said they would not accept the plan.', 'HUN REJECT talks []'],
    ["Qatar's envoy held talks in Cairo, and Egypt said it was willing to host talks between Israel and Hamas.", 'EGY OFFER talks []'],
  ]);
});

test('"Place, Country (Credit) –": a mixed-case dateline with its country and a dash names no party', () => {
  assertNone(['Doha, Qatar (Gulf Ledger) – Delegations of Armenia and Azerbaijan met in Abu Dhabi on Friday and agreed to exchange 40 prisoners each.'], 'QAT ACCEPT');
  assertNone(['Nairobi, Kenya – Envoys of Ethiopia and Eritrea met in Jeddah and agreed to reopen the border crossings.'], 'KEN ACCEPT');
  assertIncludes([
    ['Doha, Qatar (Gulf Ledger) – Delegations of Armenia and Azerbaijan met in Abu Dhabi on Friday and agreed to exchange 40 prisoners each.', 'ARM ACCEPT humanitarian []'],
  ]);
});
