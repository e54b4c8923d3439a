// Telling others to drop their push for something opposes it (cues.json stop-pursuing; issue 7, stance
// constructions; challenge FN-R-1's family). Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('telling others to drop a push opposes what was pushed for', [
  { body: 'Erdogan phoned the Azerbaijani leader after the summit and told him to drop the push for a truce.', want: ['TUR REJECT ceasefire []'] },
  { body: 'Vucic told the mediators to drop their call for a referendum in the north.', want: ['SRB REJECT governance []'] },
]);
