// "Turkey wanted both Armenia and Azerbaijan to sign the peace treaty": parties coordinated by "both" after a wish are
// the parties that are to act (trigger/want-needs-act), as without "both". Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('both parties wanted to act', [
  { body: 'Turkey wanted both Armenia and Azerbaijan to sign the peace treaty before the summit.', want: ['TUR DEMAND talks []'] },
  { body: 'Iran wants both Armenia and Azerbaijan to keep the ceasefire on their border.', want: ['IRN DEMAND ceasefire []'] },
]);

claimCases('both as a wish for oneself is no demand of another', [
  { body: 'Vucic said Serbia wants both peace and prosperity for its citizens.', want: [] },
]);
