// A condition whose subject takes a series of past predicates goes on past the commas between them
// (claim/condition-predicates): each predicate is demanded. Sentences written for this test, with other
// parties and places.
import { claimCases } from './helpers.js';

claimCases('a condition goes on through a series of past predicates', [
  {
    body: 'Baku would stop military operations if Yerevan stopped fighting, amended its constitution to rule out joining any bloc and recognised Karabakh as Azerbaijani territory.',
    want: ['AZE OFFER ceasefire []', 'AZE DEMAND ceasefire []', 'AZE DEMAND alliance []', 'AZE DEMAND recognition []'],
  },
  {
    body: 'Belgrade would stop military operations if Pristina stopped fighting, dissolved its special units and recognised the Serb municipalities.',
    want: ['SRB OFFER ceasefire []', 'SRB DEMAND ceasefire []', 'SRB DEMAND recognition []'],
  },
  // (A comma before anything but another past predicate ends the condition.)
  { body: 'Serbia would stop military operations if Kosovo stopped fighting, according to officials.', want: ['SRB OFFER ceasefire []', 'SRB DEMAND ceasefire []'] },
]);
