// A pronoun outside quotes does not stand for a party named inside an earlier sentence's quote; it takes the speaker
// or the subject outside the quote (discourse/quoted-antecedent). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('"he" after a quote is its speaker, not a person the quote named', [
  { body: '"Vucic is not serious about peace," Kurti said on Thursday.\nHe urged partners to impose sanctions on Serbia.', want: ['XKX DEMAND sanctions []'] },
  { body: '"President Aliyev\'s ultimatum changes nothing," Pashinyan said in his nightly address.\nHe said Armenia would never cede its territory.', want: ['ARM REJECT territory []'] },
  { body: '"Abiy Ahmed is afraid to tell the mediators the truth." — Isaias Afwerki, in a televised address on Thursday.\nHe urged partners to put pressure on Ethiopia through sanctions.', want: ['ERI DEMAND sanctions []'] },
]);

claimCases('negatives: a party named outside quotes is still taken', [
  { body: 'Kurti met Vucic in Brussels on Monday.\nHe urged partners to impose sanctions on Serbia.', want: ['XKX DEMAND sanctions []'] },
]);
