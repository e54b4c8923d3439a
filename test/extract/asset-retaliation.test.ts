// Retaliation declared beforehand against a use of assets is a threat of sanctions (candidate/asset-retaliation): a
// suit to get the money back, steps against the other side's holdings, seizures in answer. Sentences written for this
// test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('retaliation against a use of assets: a threat of sanctions', () => {
  assertIncludes([
    ['Azerbaijan would pursue France "in international courts" if the frozen funds were handed to Armenia, the foreign ministry said.', 'AZE THREATEN sanctions []'],
    ['Serbia would seek to recover the money in any court, Vucic said after Pristina moved the deposits.', 'SRB THREATEN sanctions []'],
    ['Eritrea would take measures against Ethiopian holdings if the plan to use its reserves went ahead, the information minister said.', 'ERI THREATEN sanctions []'],
    ['Israel has warned it will treat the transfer as theft and answer with seizures of Palestinian property.', 'ISR THREATEN sanctions []'],
    ['Armenia will retaliate if its assets in Baku are confiscated, Pashinyan said.', 'ARM THREATEN sanctions []'],
  ]);
});

test('no money, a thing done, a guess or a denial: no threat', () => {
  assertNone([
    'Serbia would pursue talks with Kosovo in Brussels next month, Vucic said.',
    'Azerbaijan sued France in an international court over the frozen funds last year.',
    'Eritrea would not take measures against Ethiopian holdings, the information minister said.',
    'The EU would pursue a loan to Ethiopia backed by the frozen assets, diplomats said.',
    'Armenia could take measures against the assets, one analyst said.',
  ], /THREATEN sanctions/);
});

test('a response promised after a use of money: sanctions, not fighting', () => {
  assertIncludes([
    ['ALIYEV: Any transfer of our frozen funds to Yerevan is theft, and there will be a response.', 'AZE THREATEN sanctions []'],
    ['Vucic said any use of Serbian assets in Kosovo would be illegal and Belgrade would respond, without giving details.', 'SRB THREATEN sanctions []'],
  ]);
  assertNone([
    'ALIYEV: Any transfer of our frozen funds to Yerevan is theft, and there will be a response.',
  ], /AZE THREATEN ceasefire/);
  assertIncludes([
    ['ALIYEV: Any attack on Nakhchivan is aggression, and there will be a response.', 'AZE THREATEN ceasefire []'],
  ]);
});

