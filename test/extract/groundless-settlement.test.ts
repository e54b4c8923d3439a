// Seeing no basis, grounds or point for a settlement, a deal or an agreement refuses it as a whole, the talks (spec
// rule 9; candidate/groundless-settlement); an issue named after the settlement noun still wins, and what follows the
// cue with no settlement noun and no issue stays nothing. Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('no basis, grounds or point for a settlement: the settlement refused, talks', () => {
  assertIncludes([
    ['Aliyev said on Saturday that Baku saw no basis for a settlement at present.', 'AZE REJECT talks []'],
    ['Vucic said Belgrade saw no grounds for a deal with Pristina.', 'SRB REJECT talks []'],
    ['Asmara sees no point in a negotiated peace agreement with Addis Ababa, its foreign minister said.', 'ERI REJECT talks []'],
  ]);
});

test('an issue named after the settlement noun wins; no settlement noun, nothing', () => {
  assertIncludes([
    ['Vucic said Belgrade saw no grounds for a deal on the tariffs.', 'SRB REJECT sanctions []'],
  ]);
  assertNone(['Vucic said Belgrade saw no grounds for a deal on the tariffs.'], /^SRB REJECT talks/);
  assertNone(['Vucic said Belgrade saw no reason for concern.', 'Aliyev said there was no basis for the accusations.'], /REJECT/);
});
