// A new meeting of the talks asked, pressed or called for is a format of the talks put forward, PROPOSE talks
// (trigger/asked-meeting), as a meeting wanted or hoped held; the talks as such asked for stay a demand. Sentences
// written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a meeting asked, pressed or called for: PROPOSE talks', () => {
  assertIncludes([
    ['Yerevan had asked for a direct meeting between the two heads of state, a diplomat said.', 'ARM PROPOSE talks []'],
    ['Baku has pressed for a leaders\' peace summit later this year.', 'AZE PROPOSE talks []'],
    ['Pristina has sought a trilateral meeting with Belgrade and Brussels.', 'XKX PROPOSE talks []'],
    ['Addis Ababa asked for a meeting of the foreign ministers in Nairobi.', 'ETH PROPOSE talks []'],
    ['Serbia called for a new round of talks in Brussels next month.', 'SRB PROPOSE talks []'],
  ]);
  assertNone([
    'Yerevan had asked for a direct meeting between the two heads of state, a diplomat said.',
    'Baku has pressed for a leaders\' peace summit later this year.',
  ], /^(ARM|AZE) DEMAND talks/);
});

test('talks as such, a summit document, a party called on, a denied request: no proposal of a meeting', () => {
  assertNone([
    'Ethiopia called for peace talks and a ceasefire.',
    'Armenia never asked for a meeting with Azerbaijan, its foreign ministry said.',
    'Belgrade asked for the meeting to be postponed after the clashes in the north.',
    'Kosovo called for a new round of "tough sanctions" against Serbia.',
  ], /PROPOSE talks/);
  assertNone([
    'Kosovo called on Serbia to hold a summit in Brussels.',
  ], /^XKX PROPOSE talks/);
  assertIncludes([
    ['Ethiopia called for peace talks and a ceasefire.', 'ETH DEMAND talks []'],
  ]);
});
