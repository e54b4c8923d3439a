// After a verb of giving in trade ("trade", "swap", "give up", "hand over" …) and the thing given, "for" names the
// price asked: the stance is about the thing given (content/price). A refusal to trade land for a truce is about
// the land, not the truce. Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('the price after "for" names no issue', [
  { body: 'Pashinyan said Armenia would not trade its land for a truce.', want: ['ARM REJECT territory []'] },
  { body: 'Pashinyan said Armenia would not give up its land for a pause in the fighting.', want: ['ARM REJECT territory []'] },
  { body: 'Kurti said Kosovo would never surrender its territory for a ceasefire in the north.', want: ['XKX REJECT territory []'] },
]);

claimCases('without a verb of trade, "for" still names an issue', [
  { body: 'Aliyev said Azerbaijan was ready for a ceasefire along the border.', want: ['AZE OFFER ceasefire []'] },
]);

claimCases('a thing given that names no issue before "for" leaves the issue after it', [
  { body: 'Belgrade said it would drop its objections if Pristina gave up its bid for membership of the Council of Europe.', want: [] },
], (c) => c.issue === 'territory');
