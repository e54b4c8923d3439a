// A writer's gloss of a term (", a phrase Baku uses to describe …", "- code for …") explains the term; its words
// name no issue of the stance (content/gloss). Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases("a term's gloss is no content", [
  { body: 'Aliyev stressed that any settlement must first eliminate the "root causes" of the conflict, a phrase which Baku uses to describe NATO\'s expansion and the treatment of Azerbaijani speakers in Armenia.', want: ['AZE DEMAND governance []'] },
  { body: 'Vucic said any deal must first remove the "root causes" of the dispute, a term Belgrade uses for NATO membership of its neighbours.', want: ['SRB DEMAND governance []'] },
  // (Spelled out as the stance's own list, the terms stay content.)
  { body: 'Aliyev stressed that any settlement must first eliminate the root causes of the conflict, including NATO\'s expansion.', want: ['AZE DEMAND governance []', 'AZE DEMAND alliance []'] },
]);
