// A proposal inside the object of another party's stance, with its author named, is that author's proposal on the
// stance's issue (claim/named-proposer): "agreed to a request from Egypt to …", "rejected a truce floated by
// Brussels", "declined the ceasefire that Washington had put to it". Sentences written for this test, about disputes
// other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the named author of a proposal the stance answers proposes it', () => {
  assertIncludes([
    ['Israel agreed to a request from Egypt to release Palestinian prisoners held in its jails.', 'EGY PROPOSE humanitarian []'],
    ['Armenia agreed to a request from France to pause the shelling for a week.', 'FRA PROPOSE ceasefire []'],
    ['Belgrade rejected a truce over Easter, floated by Brussels, as a delaying tactic.', 'EU PROPOSE ceasefire []'],
    ['Eritrea declined to sign up to the full ceasefire that Kenya had put to it a week earlier.', 'KEN PROPOSE ceasefire []'],
    ['Israel rejected the ceasefire Qatar had asked it to accept.', 'QAT PROPOSE ceasefire []'],
    ['Kosovo welcomed Germany\'s initiative on talks with Serbia.', 'DEU PROPOSE talks []'],
    ['Baku turned down a peace plan first put forward by Moscow in March.', 'RUS PROPOSE talks []'],
  ]);
});

test('each party coordinated as the author proposes it', () => {
  assertIncludes([
    ['Eritrea declined the full ceasefire that Kenya and Egypt had put to it.', 'KEN PROPOSE ceasefire []'],
    ['Eritrea declined the full ceasefire that Kenya and Egypt had put to it.', 'EGY PROPOSE ceasefire []'],
  ]);
});

test('no named author, the stance\'s own holder, or another clause: no added proposal', () => {
  assertNone([
    'Israel agreed to a request to release Palestinian prisoners held in its jails.',
    'Belgrade rejected a truce over Easter as a delaying tactic.',
  ], /^(EGY|EU) PROPOSE/);
  assertNone(['Armenia rejected the ceasefire after Turkey warned of new fighting.'], /^TUR PROPOSE/);
  assertNone(['Serbia welcomed its own initiative on talks with Kosovo.'], /^XKX PROPOSE/);
  assertNone(['Eritrea said it would reject any proposal from Kenya for a ceasefire.'], /^KEN PROPOSE/);
  assertNone(['Yerevan expects a peace proposal from Baku, Pashinyan said.'], /^AZE PROPOSE/);
  assertNone(['Serbia rejected the ceasefire and its European partners had asked for talks.'], /^EUR PROPOSE ceasefire/);
  assertNone(['Azerbaijan said that Armenia had asked for a longer ceasefire, and rejected it.'], /^ARM PROPOSE/);
  assertNone(['Israel rejected the ceasefire, but Qatar said it would keep mediating.'], /^QAT PROPOSE ceasefire/);
});

test('a proposal a party is only open to names none made', () => {
  assertNone(['Israel would entertain a ceasefire proposal from Egypt.', 'Serbia is open to a peace proposal from Hungary.'], /^(EGY|HUN) PROPOSE/);
});
