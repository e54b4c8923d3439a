// holder: a quotation mark opening a quoted noun phrase stands between a verb of making and its stance noun ('had made
// "a very explicit proposal" to …'); the subject of the verb still made the proposal (madeByVerb, authoredByVerb).
// Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a quoted proposal made by the subject', [
  { body: 'Blinken said the United States had made "a very explicit proposal" to freeze the line of contact in Karabakh.', want: ['USA PROPOSE ceasefire []'] },
  // (Paraphrase without the quote.)
  { body: 'Blinken said the United States had made a very explicit proposal to freeze the line of contact in Karabakh.', want: ['USA PROPOSE ceasefire []'] },
  // (A proposal someone only heard of is nobody's.)
  { body: 'Diplomats discussed "a very explicit proposal" to freeze the line of contact in Karabakh.', want: [] },
]);
