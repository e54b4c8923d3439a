// A readiness cue whose own object is a verb of talking offers talks even with no party named after it
// (content/ready-to-talk): "Belgrade is willing to talk" is an offer of talks, as "ready to talk to Yerevan" already
// was. The issue talked about still wins, and talking to the press is no talks. Sentences written for this test.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('ready, willing or prepared to talk, no party named: an offer of talks', () => {
  assertIncludes([
    ['Belgrade is willing to talk, the Serbian foreign minister said on Monday.', 'SRB OFFER talks []'],
    ['Asmara said it stood ready to talk at any level and at any time.', 'ERI OFFER talks []'],
    ['Israel was prepared to talk with the Qatari mediators about the next phase, an official said.', 'ISR OFFER talks []'],
    ['Baku would be ready to talk as soon as the border commissions meet again, Aliyev said.', 'AZE OFFER talks []'],
    ['Pashinyan said Armenia remained willing to talk, even after the latest clashes.', 'ARM OFFER talks []'],
    ['Addis Ababa had been prepared to talk for months, the Ethiopian government said.', 'ETH OFFER talks []'],
  ]);
});

test('talking to the press, or a stance with no readiness: no offer of talks', () => {
  assertNone([
    'The Serbian minister was willing to talk to reporters outside the ministry on Monday.',
    'Aliyev was ready to talk to journalists about the weather.',
    'Analysts in Belgrade like to talk about a new era in the Balkans.',
  ], / talks /);
});

test('an issue named after the talk verb keeps its issue', () => {
  assertIncludes([
    ['Moscow is ready to talk about sanctions relief, Peskov said.', 'RUS OFFER sanctions []'],
  ]);
  assertNone(['Moscow is ready to talk about sanctions relief, Peskov said.'], /RUS OFFER talks/);
});
