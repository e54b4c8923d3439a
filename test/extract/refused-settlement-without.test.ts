// A refusal of a settlement that a "without" phrase qualifies is one REJECT of that settlement (talks), not a second
// DEMAND of the party's seat (candidate/refused-settlement-without): "Kyiv will not accept deals made without it",
// "Ukraine would not recognise any agreement reached without its participation" are UKR REJECT talks in the gold of
// own AB, AD, AJ, AK, AM, V, Z. The pronoun after "without" stands for its party (annotate/party-participation.ts).
// A negation that is not a refused verb still makes "without" a demand of the seat: "there will be no deal without
// Moscow at the table". Sentences written for this test, on other disputes.
import { test } from 'node:test';
import * as helpers from './helpers.js';
const { claimCases, assertIncludes } = helpers;

claimCases('a refused settlement made without a party', [
  { body: 'Kosovo will not accept any agreement reached without it, Prime Minister Albin Kurti said on Monday.', want: ['XKX REJECT talks []'] },
  { body: 'Eritrea would not recognise any deal negotiated without Eritrea, the information minister said.', want: ['ERI REJECT talks []'] },
  { body: 'Armenia says it will not accept deals made without it', want: ['ARM REJECT talks []'] },
]);

test('a refusal of a settlement without a party makes no demand of its own', () => {
  assertIncludes([
    ['Sudan\'s army chief said the government would not accept any settlement reached without it.', 'SDN REJECT talks []'],
  ]);
  for (const body of [
    'Kosovo will not accept any agreement reached without it, Prime Minister Albin Kurti said on Monday.',
    'Sudan\'s army chief said the government would not accept any settlement reached without it.',
  ]) {
    const { claimsOf, label } = helpers;
    const got = claimsOf(body).map(label);
    if (got.some((l) => / DEMAND /.test(l))) throw new Error(`${body}\n${got.join('\n')}`);
  }
});

test('an existential negation before "without" still demands the seat', () => {
  assertIncludes([
    ['"There will be no peace deal without Belgrade at the table," a Serbian diplomat said, Vucic\'s office confirmed.', 'SRB DEMAND talks []'],
    ['Azerbaijan said there could be no settlement without Baku.', 'AZE DEMAND talks []'],
  ]);
});
