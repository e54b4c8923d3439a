// A disputed status made the matter of talks of its own ("the status of Crimea should be the subject of separate
// bilateral negotiations over 15 years") proposes an arrangement on that land: PROPOSE territory with its places, not
// a demand for talks (content/deferred-status). Own sets AE, AF, AB: UKR PROPOSE|OFFER territory [UA-43]. Sentences
// written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a status left to talks of its own is a proposal on the land', [
  { body: 'Kurti said the status of the disputed territory should be the subject of separate bilateral negotiations over ten years.', want: ['XKX PROPOSE territory []'] },
  { body: 'Pashinyan said the status of the disputed territory should be settled in bilateral consultations over five years.', want: ['ARM PROPOSE territory []'] },
]);

claimCases('no land in the subject: the talks stay', [
  { body: 'Kurti said the timetable should be the subject of separate negotiations.', want: ['XKX DEMAND talks []'] },
]);
