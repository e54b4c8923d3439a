// A stance participle right after a noun of a text put to a vote says what the text holds; the parties that vote
// on it, abstain or veto it are not its authors (trigger/voted-text). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a text put to a vote', [
  { body: 'Kazakhstan abstained on Thursday in a UN General Assembly vote on a resolution calling for Armenia to withdraw its forces.', want: [] },
  { body: 'Mongolia has twice voted for UN resolutions demanding the withdrawal of Eritrean troops from Badme.', want: [] },
  // The author of the text holds what it calls for.
  { body: 'Armenia tabled a resolution calling for Azerbaijan to withdraw its forces from the border villages.', want: ['ARM DEMAND territory []'] },
  // A party calling for something itself.
  { body: 'Kazakhstan abstained on Thursday, calling for Armenia to withdraw its forces.', want: ['KAZ DEMAND territory []'] },
]);
