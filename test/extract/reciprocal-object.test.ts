// Doing as another did ("follow its example", "follow suit", "do the same", "mirror") is a stance on what was done:
// the issue of the last claim before it (content/reciprocal-object). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a stance to do as another did takes the issue of what was done', [
  { body: 'Baku declared a three-day truce on Friday. Aliyev said he expected Armenia to follow its example.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND ceasefire []'] },
  { body: 'Baku declared a three-day truce on Friday. Yerevan should follow its lead, the Azerbaijani foreign ministry said.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND ceasefire []'] },
  { body: 'Eritrea announced a ceasefire on Monday. Ethiopia said it was ready to do the same.', want: ['ERI OFFER ceasefire []', 'ETH OFFER ceasefire []'] },
  { body: 'Serbia offered to free 40 prisoners on Monday. Kosovo said it was ready to reciprocate.', want: ['SRB OFFER humanitarian []', 'XKX OFFER humanitarian []'] },
  // (Nothing done before it: no issue, no claim.)
  { body: 'Aliyev said he expected Armenia to follow its example.', want: [] },
  // ("mirror" as a noun is no reciprocity.)
  { body: 'Pristina said the Serbian memorandum reads as the mirror image of its own.', want: [] },
]);
