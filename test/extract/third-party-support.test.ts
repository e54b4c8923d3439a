// A third party backing an outcome no one is said to have put forward ("supports a ceasefire", "supports dialogue")
// calls for it: a proposal, not an acceptance (claim/third-party-support). Backing a named proposal, an owner's plan
// or a definite one accepts it. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases("a third party's support for an outcome is a proposal", [
  { body: 'Brazil supports a ceasefire and an early political settlement.', want: ['BRA PROPOSE ceasefire []', 'BRA PROPOSE talks []'] },
  { body: 'Indonesia supports dialogue between the two sides.', want: ['IDN PROPOSE talks []'] },
  // (Backing what someone put forward accepts it.)
  { body: 'Brazil supported the ceasefire.', want: ['BRA ACCEPT ceasefire []'] },
  { body: 'Indonesia supports the Turkish proposal for talks.', want: ['IDN ACCEPT talks []', 'TUR PROPOSE talks []'] },
]);
