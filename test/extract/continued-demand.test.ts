// A demand one goes on making is still a demand (trigger/continued-demand): "will keep pushing for", "would continue to
// insist on", "keeps calling for". The verb of going on alone offers what follows ("will continue to host the talks"),
// but chained with a demand it does not turn the demand into an offer of the thing demanded; and a third party's call it
// goes on making stays a demand (claim/mediator-proposes 'demandCues'). Sentences written for this test, about disputes
// other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('going on with a demand: a demand of what is pushed for', () => {
  assertIncludes([
    ['"We will keep pushing for an all-for-all exchange," the Armenian foreign minister said on Tuesday.', 'ARM DEMAND humanitarian []'],
    ['Baku would continue to insist on a land corridor through Syunik, Aliyev said on Monday.', 'AZE DEMAND territory []'],
    ['The Serbian delegation will keep calling for the return of the monasteries\' land, Vucic said on Friday.', 'SRB DEMAND territory []'],
    ['Eritrea would keep pressing for the release of all prisoners of war, its information minister said.', 'ERI DEMAND humanitarian []'],
  ]);
  assertNone([
    '"We will keep pushing for an all-for-all exchange," the Armenian foreign minister said on Tuesday.',
    'Eritrea would keep pressing for the release of all prisoners of war, its information minister said.',
  ], /OFFER humanitarian/);
});

test('a third party going on with a call: still a demand, not a mediator\'s proposal', () => {
  assertIncludes([
    ['Ethiopia and Eritrea resumed talks. The State Department said Washington would keep pressing both sides for a ceasefire.', 'USA DEMAND ceasefire []'],
  ]);
  assertNone([
    'Ethiopia and Eritrea resumed talks. The State Department said Washington would keep pressing both sides for a ceasefire.',
  ], /^USA PROPOSE ceasefire/);
});

test('going on with one\'s own act is still an offer; going on with a harmful one a threat', () => {
  assertIncludes([
    ['Qatar will continue to host the talks between Israel and Hamas, its foreign ministry said on Sunday.', 'QAT OFFER talks []'],
  ]);
  assertNone([
    'Qatar will continue to host the talks between Israel and Hamas, its foreign ministry said on Sunday.',
  ], /DEMAND/);
});
