// A time clause after a comma (", a day after …", ", weeks before …") states the occasion of a stance; a stance of a
// party named inside it is that party's own claim, not content of the stance before (sentence/occasion-clause).
// Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('a stance in a time clause after a comma is its own subject\'s', [
  { body: 'Baku proposed talks in Geneva on Monday, a day after the leaders of France and Germany flew to Yerevan and demanded an immediate ceasefire.', want: ['AZE PROPOSE talks []', 'FRA DEMAND ceasefire []', 'DEU DEMAND ceasefire []'] },
  { body: 'Egypt proposed a new round of talks in Cairo, two days after Israel called for a six-week truce.', want: ['EGY PROPOSE talks []', 'ISR PROPOSE ceasefire []'] },
  { body: 'Kosovo proposed a meeting in Brussels, shortly after Serbia demanded the withdrawal of police units from the north.', want: ['XKX PROPOSE talks []', 'SRB DEMAND territory []'] },
]);

claimCases('negatives: a time clause naming no party, or no comma, stays the content', [
  { body: 'Armenia demanded that Azerbaijan withdraw its troops, before any talks could begin.', want: ['ARM DEMAND territory []'] },
  { body: 'Ethiopia proposed that Eritrea withdraw from Badme before talks on the border begin.', want: ['ETH DEMAND territory []'] },
]);

// A party that ends the noun phrase a participle describes, as the object of a preposition, is no subject of the
// participle: the agent after "by" holds it (holder/reduced-relative-agent, 'partyObjects').
claimCases('a reduced relative after a party in a prepositional phrase keeps its agent', [
  { body: 'Sudan said it had accepted a truce with the rebels proposed by Egypt.', want: ['SDN ACCEPT ceasefire []', 'EGY PROPOSE ceasefire []'] },
  { body: 'Armenia said it had accepted a ceasefire with Azerbaijan proposed by Russia.', want: ['ARM ACCEPT ceasefire []', 'RUS PROPOSE ceasefire []'] },
  { body: 'Pristina said it would study the roadmap for Serbia drafted by the European Union.', want: ['EU PROPOSE talks []'] },
]);
