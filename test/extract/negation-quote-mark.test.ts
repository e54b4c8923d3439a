// A negation before a cue negates it across a quote mark that opens the cue ('would not "rubber-stamp" the
// renewal', negationBefore in triggers.ts), as it does across an apostrophe. Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('negation across a quote mark', [
  { body: 'Szijjarto said Hungary would not "rubber-stamp" the renewal of the sanctions.', want: ['HUN REJECT sanctions []'] },
  { body: 'Kurti said Kosovo would never "endorse" the partition of the north.', want: ['XKX REJECT territory []'] },
  { body: 'Aliyev said Azerbaijan does not "accept" the French proposal for a ceasefire.', want: ['AZE REJECT ceasefire []', 'FRA PROPOSE ceasefire []'] },
  // Negatives: a quote mark closing a sentence of its own keeps its "No." out of the next cue.
  { body: 'Pashinyan said: "No. Armenia accepts the plan for a border commission."', want: ['ARM ACCEPT talks []'] },
  { body: 'Vucic answered "not now" and said Serbia "accepts" the plan for a Serb association.', want: ['SRB ACCEPT talks []'] },
]);
