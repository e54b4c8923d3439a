// A lesser form of a step said to be no substitute for the full one is refused (claim/lesser-substitute); a step of
// another issue before the cue leaves the content a demand (cue no-substitute). Sentences written for this test, about
// disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a lesser form of the same step, no substitute: refused', [
  { body: 'Short local pauses to collect the dead were no substitute for a full truce, Yerevan said.', want: ['ARM REJECT ceasefire []'] },
  { body: 'A humanitarian pause is not a substitute for a ceasefire, the Qatari minister said.', want: ['QAT REJECT ceasefire []'] },
]);

claimCases('another step before the cue, or none: the content stays a demand', [
  { body: 'Paris said dialogue could not replace a ceasefire.', want: ['FRA DEMAND ceasefire []'] },
  { body: 'Pristina said talks on licence plates were no substitute for recognition.', want: ['XKX DEMAND recognition []'] },
  // (The same issue in another clause, past "and said", is no subject of the cue.)
  { body: 'Baku rejected the pause and said it was no substitute for a truce.', want: ['AZE REJECT ceasefire []', 'AZE DEMAND ceasefire []'] },
]);
