// Foreign ministers, spokespeople and regional heads the people lexicon did not know (people.json): named alone or with
// a title the lexicon gives no party, their stances had no holder (holder/none, discourse/unknown-speaker). Sentences
// written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('an official the lexicon now lists speaks for the state', [
  { body: 'Cravinho called on Serbia and Kosovo to resume talks without delay.', want: ['PRT PROPOSE talks []'] },
  { body: 'Foreign Minister Luminița Odobescu said Bucharest was ready to host talks between Armenia and Azerbaijan.', want: ['ROU OFFER talks []'] },
  { body: 'Hajizada said Baku would not accept any preconditions for the peace talks.', want: ['AZE REJECT talks []'] },
  { body: 'Sugiono said Jakarta was ready to host talks between Ethiopia and Eritrea.', want: ['IDN OFFER talks []'] },
]);

claimCases('no stance: an official only named', [
  { body: 'Peters met reporters in Wellington on Monday.', want: [] },
  { body: 'Billström visited Belgrade and Pristina last week.', want: [] },
]);
