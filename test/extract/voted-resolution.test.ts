// A resolution told by how another party voted on it ("Kazakhstan abstained in the General Assembly vote calling for
// …") is background to that vote: what the resolution calls for is no new stance of the assembly
// (trigger/voted-resolution). Sentences written for this test, on other disputes; a resolution adopted stays.
import { claimCases } from './helpers.js';

claimCases('a resolution described by another party\'s vote is no stance of the assembly', [
  { body: 'Uzbekistan abstained in Thursday\'s UN General Assembly vote calling for Azerbaijani troops to leave Armenia.', want: [] },
  { body: 'Kazakhstan abstained in the UN General Assembly vote demanding that Ethiopia withdraw its forces from Eritrea.', want: [] },
]);

claimCases('negatives: a resolution adopted, a party\'s own call', [
  { body: 'The UN General Assembly adopted a resolution demanding that Azerbaijan withdraw its forces from Armenia.', want: ['UN DEMAND territory []'] },
  { body: 'Armenia called for Azerbaijani troops to leave its territory.', want: ['ARM DEMAND territory []'] },
]);
