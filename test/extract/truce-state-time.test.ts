// For a third party, a ceasefire that holds or takes effect, after "if" or "as soon as", is the time of its step, not
// a ceasefire it demands (content/truce-state-time, event-time-clause.ts). A principal side's step so conditioned,
// or a negated halt under a threat, still asks for the ceasefire. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('a truce that holds or takes effect: the time of a third party\'s step', [
  { body: 'Kenya said it was open to sending monitors to the border between Sudan and South Sudan if a ceasefire held.', want: ['KEN OFFER security_guarantees []'] },
  { body: 'Norway said it was ready to send observers to Nagorno-Karabakh as soon as a truce takes effect.', want: ['NOR OFFER security_guarantees []'] },
]);

claimCases('a principal side, or a threat: the ceasefire is asked for', [
  { body: 'Armenia said it would withdraw its troops from the border villages if a ceasefire held.', want: ['ARM OFFER territory []', 'ARM DEMAND ceasefire []'] },
  { body: 'Washington said it would impose sanctions on Eritrea if no ceasefire was in place by Monday.', want: ['USA THREATEN sanctions []', 'USA DEMAND ceasefire []'] },
  { body: 'A summit of the two leaders is only possible if a truce holds, the Egyptian foreign minister said.', want: ['EGY DEMAND ceasefire []'] },
]);
