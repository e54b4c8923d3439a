// Group holders news uses after naming parties together: a sentence-opening "Both" before a verb stands for them, as
// "they" does (discourse/both-subject). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('"Both" before a verb is the parties named together before it', [
  { body: 'The European Union and the United States have grown impatient with the talks. Both urged Azerbaijan to free the remaining Armenian detainees.', want: ['EU DEMAND humanitarian []', 'USA DEMAND humanitarian []'] },
  { body: 'Armenia and Azerbaijan met in Geneva on Monday. Both have said they would accept a ceasefire along the border.', want: ['ARM ACCEPT ceasefire []', 'AZE ACCEPT ceasefire []'] },
  { body: 'Egypt and Qatar hosted the negotiators in Cairo. Both also called for a truce in Gaza before Ramadan.', want: ['EGY PROPOSE ceasefire []', 'QAT PROPOSE ceasefire []'] },
]);

claimCases('"both" as a coordinator or before a noun is no pronoun', [
  // (A question to both is no stance of theirs.)
  { body: 'Armenia and Azerbaijan met in Geneva. Both delegations were asked whether a ceasefire was possible.', want: [] },
  { body: 'Serbia and Kosovo sent negotiators to Brussels. Both sides of the river were calm on Monday.', want: [] },
]);
