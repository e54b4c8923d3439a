// "Prepared for" is readiness (the cue 'willing') only after a copula or 'stands', 'remains', 'fully'; with no
// copula it is the verb of getting ready, a schedule reported (issue 7 precision, cue senses: "prepared to" = about
// to). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('prepared for: readiness after a copula', [
  { body: 'Kosovo is prepared for talks with Serbia, Kurti said.', want: ['XKX OFFER talks []'] },
  { body: 'Baku remains prepared for a new round of talks with Yerevan.', want: ['AZE OFFER talks []'] },
]);

claimCases('prepared for: getting ready, no offer', [
  { body: 'Armenian and Azerbaijani officials prepared for a further round of peace talks in Abu Dhabi.', want: [] },
  { body: 'As Serbian and Kosovo negotiators prepared for the meeting in Brussels, fighting flared in the north.', want: [] },
]);
