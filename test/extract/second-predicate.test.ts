// "and" before a perfect with no subject of its own ends a content that has no finite verb (content/second-predicate):
// "called for X and has not joined Y" gives the cue's subject a second predicate, which is no part of the call. After
// a that-clause with a finite verb the perfect may be the clause's own and the content goes on.
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a second predicate of the cue\'s subject is no content', [
  { body: 'Nepal has called for the war to end through dialogue and has not joined Western sanctions against Moscow.', want: ['NPL DEMAND talks []'] },
  { body: 'Kenya urged Ethiopia and Eritrea to resume talks in Nairobi and has since recalled its ambassador from Asmara.', want: ['KEN PROPOSE talks []'] },
  { body: 'Serbia offered talks in Belgrade and had already lifted its sanctions on Kosovo goods.', want: ['SRB OFFER talks []'] },
]);

claimCases('the content\'s own verbs and coordinated infinitives go on', [
  { body: 'Kosovo said Serbia had broken the ceasefire and had refused to release prisoners.', want: ['SRB REJECT humanitarian []'] },
  { body: 'Azerbaijan demanded that Armenia withdraw from the border villages and release all prisoners.', want: ['AZE DEMAND territory []', 'AZE DEMAND humanitarian []'] },
]);
