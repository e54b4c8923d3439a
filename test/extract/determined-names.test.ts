// A party named with its own article ("the US", "the EU", "the UN") holds a stance noun after it as "the
// American proposal" does (holder/possessor; annotate/mentions.ts): the name's entry brings the determiner that
// makes "US proposal" a noun phrase and not a verb. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a name listed with its article holds the stance noun after it', [
  { body: 'Serbia agreed to the EU proposal for a ceasefire in the north.', want: ['SRB ACCEPT ceasefire []', 'EU PROPOSE ceasefire []'] },
  { body: 'Yerevan welcomed the US proposal for talks in Washington.', want: ['ARM ACCEPT talks []', 'USA PROPOSE talks []'] },
  // (A verb after the name still has the name as its subject.)
  { body: 'Vucic said the US demands that Serbia recognise Kosovo.', want: ['USA DEMAND recognition []'] },
  // (No stance noun after it: nothing.)
  { body: 'Eritrea said it had not seen the UN proposal.', want: [] },
]);
