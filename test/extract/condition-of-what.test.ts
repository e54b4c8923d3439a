// "as a condition for/of X" after a stance names what the stance is the condition of: X is neither the stance's
// content (content/condition-of-what) nor a demand of its own (trigger/condition-of-what).
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('what a condition is for is no demand', [
  { body: 'The Azerbaijani side again demanded the withdrawal of Armenian forces from the border villages, including Tegh and Kornidzor, as a condition for any ceasefire.', want: ['AZE DEMAND territory []'] },
  { body: 'Serbia insisted on the lifting of the Kosovo tariffs as a precondition for any talks, officials said.', want: ['SRB DEMAND sanctions []'] },
  { body: 'Israel has demanded that every hostage be released as a condition of any peace agreement.', want: ['ISR DEMAND humanitarian []'] }, // (discourse/principal-sides)
]);

claimCases('a condition stated alone stays a demand', [
  { body: 'Baku will sign the peace treaty only if Yerevan changes its constitution, the ministry said.', want: ['AZE OFFER talks []', 'AZE DEMAND governance []'] },
]);
