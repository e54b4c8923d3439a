// A passive's agent holds the stance past adverbs and a time between the participle and "by" (holder.ts agentByAt):
// "was rejected again by Baku", "was rejected on Monday by Pristina", "was proposed last week by Ankara". Before, only
// a "by" right after the participle was read, and the stance had no holder. Terms set out in the passive and listed
// after a colon are the list's, not the subject's ("Those terms were spelled out by Putin: the lifting of …",
// content/passive-object). Sentences written for this test, other disputes.
import { claimCases } from './helpers.js';

claimCases('the agent after adverbs or a time holds a passive stance', [
  { body: 'The ceasefire plan was rejected again by Baku on Monday.', want: ['AZE REJECT ceasefire []'] },
  { body: 'The ceasefire plan was rejected on Monday by Pristina.', want: ['XKX REJECT ceasefire []'] },
  { body: 'A prisoner swap was proposed last week by Ankara.', want: ['TUR PROPOSE humanitarian []'] },
  { body: 'The ceasefire was proposed in March by Ankara.', want: ['TUR PROPOSE ceasefire []'] },
  { body: 'A new round of talks was formally proposed by Seoul.', want: ['KOR PROPOSE talks []'] },
  { body: 'Those terms were spelled out again by Aliyev on Wednesday: the withdrawal of Armenian troops from the border.', want: ['AZE DEMAND territory []'] },
]);

claimCases('no agent across a clause, and none for a participle that is no finite passive', [
  { body: 'The ceasefire plan was rejected, and then criticised by Baku.', want: [] },
  { body: 'Ankara proposed a ceasefire to be monitored by Moscow.', want: ['TUR PROPOSE ceasefire []'] },
]);
