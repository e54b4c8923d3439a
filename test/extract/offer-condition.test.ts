// A condition inside another party's offer is that party's demand (holder/offer-condition): "Pashinyan dismissed
// Aliyev's offer of a truce on condition that Armenia withdraw" — the withdrawal is Aliyev's demand, not Pashinyan's
// nor Armenia's. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the offer\'s possessor demands its condition', [
  { body: "Pashinyan dismissed Aliyev's offer of a truce on condition that Armenia withdraw from two villages.", want: ['ARM REJECT ceasefire []', 'AZE OFFER ceasefire []', 'AZE DEMAND territory []'] },
  { body: "Eritrea rejected Ethiopia's offer of talks provided that Eritrea withdraw from Badme.", want: ['ERI REJECT talks []', 'ETH OFFER talks []', 'ETH DEMAND territory []'] },
  { body: 'In May, Pashinyan dismissed as an "ultimatum" Aliyev\'s offer of a truce on condition that Armenia withdraw from two villages and give up its bid for EU membership.', want: ['ARM REJECT ceasefire []', 'AZE OFFER ceasefire []', 'AZE DEMAND territory []', 'AZE DEMAND other []'] },
  { body: "In June, Pashinyan called Aliyev's offer of a truce on condition that Armenia withdraw from two villages an ultimatum.", want: ['AZE OFFER ceasefire []', 'AZE DEMAND territory []'] },
]);

claimCases('near shapes keep their holder', [
  // (An acceptance's condition is the accepting party's own.)
  { body: "Pashinyan said Armenia would accept Aliyev's offer of a truce only if Baku withdrew from the villages.", want: ['ARM ACCEPT ceasefire []', 'AZE OFFER ceasefire []', 'ARM DEMAND territory []'] },
  // (With a verb of offering, its subject holds both.)
  { body: 'Aliyev offered a truce on condition that Armenia withdraw from two villages.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND territory []'] },
  { body: 'Pashinyan made an offer of talks on condition that Azerbaijan release the prisoners.', want: ['ARM OFFER talks []', 'ARM DEMAND humanitarian []'] },
]);
