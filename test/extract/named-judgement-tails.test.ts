// candidate/named-judgement 'tails': the name given to a proposal may go on with a likeness, a purpose or a noun it
// qualifies ("called the demands an ultimatum no different from those of 2020", "a trap designed to divide the
// government", "'ultimatum messages'", "the same evening"), and still refuses what is named. Sentences written for
// these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

const demand = 'Aliyev demanded that Armenia withdraw from the two villages.';

claimCases('a name given, then a likeness or a purpose (an ultimatum refuses the talks, content/ultimatum-refused)', [
  { body: `${demand} Pashinyan called the demands an ultimatum no different from those of 2020.`, want: ['ARM REJECT talks []', 'AZE DEMAND territory []'] },
  { body: "Serbia offered to recognise Kosovo's licence plates. Kurti called the offer a trap designed to divide the government.", want: ['SRB OFFER recognition []', 'XKX REJECT recognition []'] },
  { body: 'Pristina called the terms a diktat like those of the 1990s.', want: ['XKX REJECT talks []'] },
]);

claimCases('a name given, then a noun it qualifies or a time', [
  { body: `${demand} Pashinyan called the demands "ultimatum messages".`, want: ['ARM REJECT talks []', 'AZE DEMAND territory []'] },
  { body: `${demand} Pashinyan called the demands an ultimatum the same evening.`, want: ['ARM REJECT talks []', 'AZE DEMAND territory []'] },
]);

claimCases('no name given: the noun is the object, or no likeness follows', [
  { body: 'Analysts called the ultimatum deadline absurd.', want: [] },
  { body: 'Aliyev called the ultimatum like Zelensky said.', want: [] },
]);
