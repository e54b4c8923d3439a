// "Only then", "only after that" point back to a condition stated before: the clause after them is its consequence.
// With the holder's own party as its subject it is the holder's own step in return, an OFFER, not a demand
// (content/own-consequence). Found by the paraphrase battery 3 (condition-split). Passages written for this test.
import { claimCases } from './helpers.js';

claimCases("the holder's own consequence after a backward condition cue is an offer", [
  { body: 'Sandu was firm on Friday. The Russian troops have to leave Transnistria. Only after that would Moldova grant Transnistria autonomy.', want: ['MDA DEMAND territory []', 'MDA OFFER governance []'] },
  { body: 'Pashinyan spoke in Yerevan on Monday. Azerbaijan must first free the remaining prisoners of war. Only then will Armenia sign the peace treaty.', want: ['ARM DEMAND humanitarian []', 'ARM OFFER talks []'] },
]);

claimCases("another party's consequence keeps the demand", [
  { body: 'Pashinyan spoke in Yerevan on Monday. Azerbaijan must first free the remaining prisoners of war. Only then will Baku get a peace treaty.', want: ['ARM DEMAND humanitarian []', 'ARM DEMAND talks []'] },
]);
