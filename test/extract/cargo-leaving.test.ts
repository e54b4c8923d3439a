// Goods and the craft that carry them leaving a port or a country ("let grain ships leave Ukraine's Black Sea ports",
// "let Armenian wheat leave the port of Poti") are a shipping or trade arrangement, no withdrawal from land: the
// issues.json frame of issue other (a word of cargo or merchant craft before a verb of leaving) outranks the territory
// term or place that read the departure as land. Soldiers leaving stay territory. Sentences written for this test,
// about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('cargo and merchant craft leaving are no withdrawal', [
  { body: 'Armenia and Azerbaijan signed a deal on Monday to let cargo trains leave Armenia\'s border stations.', want: ['ARM ACCEPT other []', 'AZE ACCEPT other []'] },
  { body: 'Georgia said it would not renew the arrangement, which had let Armenian wheat leave the port of Poti.', want: ['GEO REJECT other []'] },
  { body: 'Eritrea agreed to let Ethiopian freighters leave the port of Assab without inspection.', want: ['ERI OFFER other []'] },
]);

claimCases('soldiers leaving are still a withdrawal', [
  { body: 'Baku demanded that Armenian troops leave Armenia\'s border stations.', want: ['AZE DEMAND territory []'] },
  { body: 'Eritrea demanded that Ethiopian forces leave Ethiopia\'s border posts.', want: ['ERI DEMAND territory []'] },
]);
