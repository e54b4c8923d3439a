// A grace period asked of a measure ("asked for more time", "sought a waiver") is about the measure another party's
// last stance named (content/anaphoric-object 'graceNouns', 'bareNouns'). Sentences written for this test, on other
// disputes.
import { claimCases } from './helpers.js';

claimCases('more time or a waiver asked for is about the measure named before', [
  { body: 'The EU agreed on Monday to ban Russian oil imports by sea. Hungary asked for more time because of its dependence on pipeline crude.', want: ['EU ACCEPT sanctions []', 'HUN DEMAND sanctions []'] },
  { body: 'Washington threatened new tariffs on Indian goods last week. New Delhi has asked for a waiver.', want: ['USA THREATEN sanctions []', 'IND DEMAND sanctions []'] },
  { body: 'Brussels wants Serbia to align with the sanctions on Russia. Belgrade asked for additional time.', want: ['EU DEMAND sanctions []', 'SRB DEMAND sanctions []'] },
]);

claimCases('time that is no grace period asked for names no measure', [
  { body: 'The EU agreed on Monday to ban Russian oil imports by sea. Kyiv said Moscow only wanted to buy time.', want: ['EU ACCEPT sanctions []'] },
  { body: 'Washington imposed new tariffs on Indian goods last week. New Delhi hopes that this time the talks will succeed.', want: [] },
]);
