// A party that offers or threatens a step of its own and, by a coordinated verb of the same sentence, calls for
// something is a side bargaining, not a mediator: its call stays a demand (claim/bargaining-side). An offer on the
// talks (to host, to mediate) is a mediator's own, and its call stays a proposal (claim/mediator-proposes).
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('an offer or threat, then a call of the same party: a demand', [
  { body: 'Israel offered a 60-day truce and demanded the release of all hostages, Israeli officials said.', want: ['ISR OFFER ceasefire []', 'ISR DEMAND humanitarian []'] },
  { body: 'Armenia offered a ceasefire and demanded the return of its prisoners.', want: ['ARM OFFER ceasefire []', 'ARM DEMAND humanitarian []'] },
  { body: 'Seoul threatened new sanctions and demanded an end to the missile tests.', want: ['KOR THREATEN sanctions []', 'KOR DEMAND military_limits []'] },
  // (A mediator's offer on the talks leaves its call a proposal; a call alone by a third party is one.)
  { body: 'The US offered to host talks and called for a ceasefire.', want: ['USA OFFER talks []', 'USA PROPOSE ceasefire []'] },
  { body: 'Qatar offered to host the negotiations and called for the release of all hostages.', want: ['QAT OFFER talks []', 'QAT PROPOSE humanitarian []'] },
  { body: 'China called for a ceasefire in Gaza.', want: ['CHN PROPOSE ceasefire []'] },
]);
