// content/ultimatum-refused: naming what is proposed an ultimatum refuses to negotiate on it, a refusal on the talks
// (spec rule 9) whatever the terms named, not the referred plan's issue and not none. Sentences written for these
// tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a demand or an offer named an ultimatum is refused as a basis for talks', [
  { body: 'Aliyev demanded that Armenia withdraw from the two villages. Pashinyan called the demand an "ultimatum".', want: ['ARM REJECT talks []', 'AZE DEMAND territory []'] },
  { body: 'Belgrade offered to pull its police out of the north if Pristina dropped its customs tariffs. Kurti dismissed the offer as an ultimatum.', want: ['XKX REJECT talks []'] },
  { body: 'Baku handed Yerevan a memorandum demanding the lifting of sanctions and a new border. Pashinyan described the memorandum as an ultimatum.', want: ['ARM REJECT talks []', 'AZE DEMAND sanctions []'] },
]);

claimCases('other names of condemnation and judgements keep their issue', [
  { body: 'Kurti called the truce proposal absurd.', want: ['XKX REJECT ceasefire []'] },
  { body: 'Aliyev demanded that Armenia withdraw from the two villages. Pashinyan called the demands a trap.', want: ['ARM REJECT territory []', 'AZE DEMAND territory []'] },
]);
