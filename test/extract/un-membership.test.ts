// A breakaway state's membership of the United Nations is the recognition of its statehood (issues.json recognition;
// issue 7, refusals): "would never agree to Kosovo joining the United Nations" refuses the recognition. Sentences
// written for this test, on disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('United Nations membership is recognition', [
  { body: 'Serbia\'s president said his country would never agree to Kosovo joining the United Nations.', want: ['SRB REJECT recognition []'] },
  { body: 'Beijing opposes Taiwan\'s UN membership, the foreign ministry said.', want: ['CHN REJECT recognition []'] },
  { body: 'Morocco rejected the Polisario Front\'s demand for a seat at the United Nations.', want: ['MAR REJECT recognition []'] },
], (c) => c.type === 'REJECT');

claimCases('the United Nations as a party or a venue names no recognition', [
  { body: 'Kyiv asked the United Nations to monitor the exchange of prisoners.', want: [] },
], (c) => c.issue === 'recognition');
