// What critics, opponents or sceptics say a party wants is their charge against it, not the party's stated stance
// (trigger/critics-claim); the party's own words elsewhere stay. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a charge by critics is no stance', [
  { body: 'Critics say Belgrade is asking Kosovo to give up the north.', want: [] },
  { body: 'Some opponents have claimed that Baku wants a corridor through Syunik.', want: [] },
  // (The party's own words stay.)
  { body: 'Belgrade demanded that Kosovo withdraw its police from the north.', want: ['SRB DEMAND territory []'] },
  // (A party named as the critic is a speaker like any other.)
  { body: 'Kyiv said Moscow was demanding the whole of the Donetsk region.', want: ['RUS DEMAND territory [UA-14]'] },
]);
