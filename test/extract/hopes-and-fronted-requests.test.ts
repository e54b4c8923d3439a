// Families from own sets AL and AH (al2 helper), tested on other disputes. Sentences written for these tests.
//  - a hope for a settlement term is a demand of it ("he hoped for a full and unconditional ceasefire"); a hope to host
//    talks offers them, like "keen to host"; a hope for nothing a party is to give, or a hope of no party, is none;
//  - a stance noun in a fronted adjunct ("At Turkey's request, Armenia agreed to …") does not absorb the main clause:
//    the main clause's stance is its own subject's, and the request is its maker's on the same act;
//  - "no plans for" troops refuses them, like "no plans to send".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, assertNone, claimCases, claimsOf, label } from './helpers.js';

test('a hope for a settlement term is a demand of it', () => {
  assertIncludes([
    ['Pashinyan said he hoped for "a full and unconditional ceasefire".', 'ARM DEMAND ceasefire []'],
    ['Abiy Ahmed said Addis Ababa hopes for the lifting of the sanctions.', 'ETH DEMAND sanctions []'],
    ['Burhan said Khartoum hopes for a humanitarian truce.', 'SDN DEMAND ceasefire []'],
  ]);
});

test('a hope to host talks offers them', () => {
  assertIncludes([
    ['Qatar hoped to host a leaders\' meeting later in the year.', 'QAT OFFER talks []'],
    ['Diplomats said Ankara hopes to host the next round of talks between Armenia and Azerbaijan.', 'TUR OFFER talks []'],
  ]);
});

claimCases('a hope of no party, or for an outcome no party gives, is none', [
  { body: 'Analysts hoped for a ceasefire before the winter.', want: [] },
  { body: 'Residents hoped for a quiet night after the truce.', want: [] },
  { body: 'Aliyev said he hoped for good weather at the summit.', want: [] },
]);

/** Each body has a claim whose label matches the pattern. */
function assertMatch(cases: ReadonlyArray<readonly [string, RegExp]>): void {
  for (const [body, want] of cases) {
    const got = claimsOf(body).map(label);
    assert.ok(got.some((l) => want.test(l)), `${body}\n${got.join('\n')}`);
  }
}

test('a stance in the main clause after a fronted request is its subject\'s', () => {
  assertMatch([
    ['At Turkey\'s request, Armenia agreed to a prisoner exchange with Azerbaijan.', /^ARM (ACCEPT|OFFER) humanitarian /],
    ['At President Donald Trump\'s personal request, the Kremlin agreed to halt strikes on Kyiv for a week.', /^RUS (ACCEPT|OFFER) ceasefire /],
    ['At the request of Moscow, Azerbaijan agreed to a three-day truce.', /^AZE (ACCEPT|OFFER) ceasefire /],
    ['In the first week of May, at the request of Moscow, Azerbaijan agreed to a three-day truce.', /^AZE (ACCEPT|OFFER) ceasefire /],
    // (A time adverbial before the fronted request opens no clause: "Late last month," "Two days later,".)
    ['Late last month, at Washington\'s request, Baku agreed to halt shelling along the border for a week.', /^AZE (ACCEPT|OFFER) ceasefire /],
    ['Two days later, at the request of the African Union, Eritrea agreed to release all detained soldiers.', /^ERI (ACCEPT|OFFER) humanitarian /],
  ]);
  // (The request is its maker's own stance on what the main clause grants: a mediator's call, a side's demand.)
  assertMatch([
    ['At Turkey\'s request, Armenia agreed to a prisoner exchange with Azerbaijan.', /^TUR (PROPOSE|DEMAND) humanitarian /],
    ['At President Donald Trump\'s personal request, the Kremlin agreed to halt strikes on Kyiv for a week.', /^USA (PROPOSE|DEMAND) ceasefire /],
  ]);
});

test('no plans for troops refuses them', () => {
  assertIncludes([
    ['Stoltenberg said the alliance had no plans for peacekeepers in Armenia.', 'NATO REJECT security_guarantees []'],
    ['Berlin said it has no plans for German peacekeepers in Sudan.', 'DEU REJECT security_guarantees []'],
  ]);
});
