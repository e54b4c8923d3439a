// A goal phrase whose purpose is to obstruct or deceive imputes a motive to another party's move: an accusation, not
// a goal its speaker holds (trigger/imputed-motive). Sentences written for this test, with other parties and places.
import { claimCases, assertIncludes } from './helpers.js';

claimCases('a motive imputed to another party is no stance', [
  { body: "Kosovo's foreign ministry said the Serbian terms were \"cynical\" and aimed at undermining the Brussels talks.", want: [] },
  { body: 'A senior Armenian diplomat said Baku\'s list of questions was designed to drag out the peace talks.', want: [] },
  { body: 'The Sudanese army said the RSF demands had been designed to make the Jeddah talks fail.', want: [] },
  { body: 'Eritrea said the Ethiopian statements were aimed at misleading the international community and derailing the peace process.', want: [] },
]);

// The goal a speaker states for its own side stays its stance.
assertIncludes([
  ['Azerbaijan said the operation was meant to push Armenia into serious negotiations.', 'AZE DEMAND talks []'],
  ['Serbia said the proposal was aimed at securing a ceasefire in the north.', 'SRB DEMAND ceasefire []'],
] as const);
