// An answer with one noun or pronoun to a settlement offered on conditions (its holder offers something other than
// talks and demands something, on two issues or more, in one statement) answers the whole plan: a stance on talks
// (spec rule 9; content/package-answer). A plural names the items; an offer of talks alone on terms is answered on
// the terms. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('an answer to a settlement offered on conditions is on talks', [
  {
    body: 'Aliyev said Azerbaijan would stop its offensive and open talks as soon as Armenia pulled its troops out of the border villages and dropped its bid to join the EU. Pashinyan dismissed the offer as an ultimatum.',
    want: ['AZE OFFER ceasefire []', 'AZE OFFER talks []', 'AZE DEMAND territory []', 'AZE DEMAND other []', 'ARM REJECT talks []'],
  },
  {
    body: 'Vucic said Serbia would withdraw its troops from the border if Kosovo gave the northern municipalities autonomy. Pristina called it an ultimatum.',
    want: ['SRB OFFER territory []', 'SRB DEMAND governance []', 'XKX REJECT talks []'],
  },
  {
    body: 'Abiy said Ethiopia would withdraw its troops from the border town if Eritrea granted it access to the sea. He added that sanctions on Addis Ababa would also have to be lifted. Asmara rejected the proposal.',
    want: ['ETH OFFER territory []', 'ETH DEMAND territory []', 'ETH DEMAND sanctions []', 'ERI REJECT talks []'],
  },
]);

claimCases('an answer to items, or to terms of talks, keeps their issues', [
  // (A plural names the items.)
  { body: 'Qatar has proposed a truce over Easter and the return of deported children. Moscow turned down both.', want: ['QAT PROPOSE ceasefire []', 'QAT PROPOSE humanitarian []', 'RUS REJECT ceasefire []', 'RUS REJECT humanitarian []'] },
  // (Demands alone are no settlement offered.)
  { body: 'Kyiv wants Russia to leave the Kharkiv region and to halve its army. The Kremlin called the idea ridiculous.', want: ['UKR DEMAND territory [UA-63]', 'UKR DEMAND military_limits []', 'RUS REJECT territory [UA-63]', 'RUS REJECT military_limits []'] },
  // (A single stance answered keeps its issue.)
  { body: 'Beijing proposed a ceasefire in the Taiwan Strait. Taipei rejected it.', want: ['CHN PROPOSE ceasefire []', 'TWN REJECT ceasefire []'] },
]);
