// Returning one's own land ("would return all its lands", 'would return "all our land"') with no one to return it to
// is getting it back: a claim on it, DEMAND territory (spec §3 rule 5), not a concession (trigger/recovered-land).
// Handing land back to another party ("would return its land to Kosovo") stays an offer. Sentences written for this
// test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('returning its own land is getting it back', [
  { body: 'Aliyev said Azerbaijan would return all its lands, naming Karabakh.', want: ['AZE DEMAND territory []'] },
  { body: 'Pashinyan said Armenia would return "all our land", naming Tavush.', want: ['ARM DEMAND territory []'] },
  { body: 'Kurti said Kosovo will return its territory by peaceful means.', want: ['XKX DEMAND territory []'] },
  // (Land handed back to another party is a concession.)
  { body: 'Serbia would return its land to Kosovo, Vucic said.', want: ['SRB OFFER territory []'] },
  { body: 'Serbia would return the land to Kosovo, Vucic said.', want: ['SRB OFFER territory []'] },
]);
