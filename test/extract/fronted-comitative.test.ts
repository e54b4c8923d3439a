// A comitative phrase that opens the sentence and names only parties makes them co-holders of the subject's stance
// (discourse/fronted-comitative, spec §3 rule 8). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a fronted comitative phrase adds co-holders', [
  { body: 'Together with Brazil, Beijing had proposed in May an international peace conference.', want: ['BRA PROPOSE talks []', 'CHN PROPOSE talks []'] },
  { body: 'Along with Qatar and Egypt, Turkey offered to host the talks.', want: ['QAT OFFER talks []', 'EGY OFFER talks []', 'TUR OFFER talks []'] },
  // (Not a possessive's backing, nor a group named by a pronoun, nor companions met inside the sentence.)
  { body: 'With Brazil\'s backing, Beijing proposed an international peace conference.', want: ['CHN PROPOSE talks []'] },
  { body: 'Together with its allies in the region, Beijing proposed an international peace conference.', want: ['CHN PROPOSE talks []'] },
  { body: 'Beijing met with Brazil and proposed an international peace conference.', want: ['CHN PROPOSE talks []'] },
]);
