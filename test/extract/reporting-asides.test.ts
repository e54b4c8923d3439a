// A reporting clause set between commas inside a stance ("Kyiv is ready, Zelensky said, to hold talks") no longer
// splits the cue phrase or hides a negation (discourse/reporting-aside: the cue matcher and trigger/negation step over it).
// Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a cue phrase split by a reporting aside is still read', () => {
  assertIncludes([
    ['Baku was willing, Aliyev told reporters, to sign the peace treaty.', 'AZE OFFER talks []'],
    ['Yerevan is ready, Pashinyan said, to hold talks with Baku.', 'ARM OFFER talks []'],
    ['Khartoum was prepared, officials said, to accept a humanitarian truce.', 'SDN ACCEPT ceasefire []'],
  ]);
});

test('a negation before the aside still negates', () => {
  assertIncludes([
    ['Serbia would never, Vucic said, accept the plan.', 'SRB REJECT talks []'],
    ['Baku was not ready, Aliyev said, to sign the treaty.', 'AZE REJECT talks []'],
    ['Serbia would, Vucic added, never recognise Kosovo.', 'SRB REJECT recognition []'],
  ]);
  assertNone([
    'Serbia would never, Vucic said, accept the plan.',
    'Baku was not ready, Aliyev said, to sign the treaty.',
  ], / (ACCEPT|OFFER) /);
});

test('a stance noun with its copula split by an aside keeps its holder', () => {
  assertIncludes([
    ['Ukraine\'s foreign minister arrived in Ottawa on Monday. The priority, she told MPs, is the return of all prisoners of war.', 'UKR DEMAND humanitarian []'],
  ]);
});

test('commas around a list or an apposition are no aside', () => {
  assertNone([
    'Azerbaijan, Armenia and Georgia said they were ready to meet.',
  ], / ACCEPT /);
});
