// A party adjective with its role noun ("Serbian officials", "the Sudanese government") holds a noun cue only inside
// its own noun phrase (holder/possessor): "Serbian officials rejected the plan" is no Serbian plan, and "Russian
// officials rejected the US plan" leaves the plan to the US. An article or another party between them opens the
// object's phrase. Found probing the paraphrase battery's holder forms. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a plan after the verb is not the subject\'s', [
  { body: 'Serbian officials rejected the plan for a truce.', want: ['SRB REJECT ceasefire []'] },
  { body: 'Russian officials rejected the US plan for a ceasefire.', want: ['RUS REJECT ceasefire []', 'USA PROPOSE ceasefire []'] },
  { body: 'The Sudanese government rejected the US plan for a truce.', want: ['SDN REJECT ceasefire []', 'USA PROPOSE ceasefire []'] },
  { body: 'Armenian negotiators accepted the plan for a referendum.', want: ['ARM ACCEPT governance []'] },
]);

claimCases('the party\'s own noun phrase still holds its cue', [
  { body: 'Russian negotiators put forward a proposal for a truce.', want: ['RUS PROPOSE ceasefire []'] },
  { body: 'The Russian delegation listed its conditions for a truce: an end to mobilisation.', want: ['RUS DEMAND military_limits []'] },
  { body: "Russian officials' latest plan calls for a truce.", want: ['RUS DEMAND ceasefire []'] },
]);
