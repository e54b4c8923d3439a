// An apposition naming the act itself (", a step that …", ", a move welcomed …") is the writer's comment on what the
// act led to or how it was received: its words are no content of the stance (content/act-comment).
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a comment on the act names no issue', [
  { body: 'Armenia said on Monday it would accept a Russian proposal for a week-long ceasefire in Syunik, a step that was met by Baku with the release of ten detainees.', want: ['ARM ACCEPT ceasefire []', 'RUS PROPOSE ceasefire []'] },
  { body: 'Belgrade agreed to resume talks on the association agreement with Pristina, a move welcomed by the European Union with new sanctions relief.', want: ['SRB ACCEPT talks []'] },
  { body: 'Israel accepted an Egyptian proposal for a truce in Gaza, a decision that Hamas answered with new demands on the withdrawal of troops.', want: ['ISR ACCEPT ceasefire []', 'EGY PROPOSE ceasefire []'] },
]);

claimCases('a step that is the content stays', [
  { body: 'Armenia proposed a step that would demilitarise the border, the ministry said.', want: ['ARM PROPOSE military_limits []'] },
]);
