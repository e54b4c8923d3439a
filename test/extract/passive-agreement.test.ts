// An agreement in the passive: "A ceasefire was agreed between Armenia and Azerbaijan" is the two sides' acceptance of
// what the subject names (holder/passive-agreement; content/passive-object for a cue that holds its auxiliary); a
// mediator among the parties of a meeting is left out; a negated subject or a condition reports no agreement
// (trigger/nothing-agreed). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('an agreement in the passive is held by the sides named after "between" or "by"', [
  { body: 'A ceasefire was agreed between Armenia and Azerbaijan on Tuesday.', want: ['ARM ACCEPT ceasefire []', 'AZE ACCEPT ceasefire []'] },
  { body: 'The prisoner exchange was agreed at talks between Serbia and Kosovo in Brussels.', want: ['SRB ACCEPT humanitarian []', 'XKX ACCEPT humanitarian []'] },
  { body: 'A 30-day truce was agreed by Israel and Egypt in Cairo.', want: ['EGY ACCEPT ceasefire []', 'ISR ACCEPT ceasefire []'] },
  // (A mediator hosting a meeting of the two sides is no side of the agreement.)
  { body: 'The exchange of prisoners was agreed at the trilateral talks between Ukraine, Russia and the United States in Abu Dhabi this week.', want: ['RUS ACCEPT humanitarian []', 'UKR ACCEPT humanitarian []'] },
]);

claimCases('a passive agreement that was not reached is no claim', [
  { body: 'No ceasefire was agreed between Armenia and Azerbaijan.', want: [] },
  { body: 'Nothing was agreed between Baku and Yerevan in Geneva.', want: [] },
  { body: 'If a demilitarised zone were agreed between Serbia and Kosovo, it would be patrolled by NATO.', want: [] },
]);
