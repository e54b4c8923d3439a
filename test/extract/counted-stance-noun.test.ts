// A counted stance noun that its subject has or sets is that subject's own stance (holder/authored-noun 'counts' and
// 'holdingVerbs'): "Kyiv has one condition for talks: a full ceasefire". Without a count, "has a plan" may be anyone's.
// Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a counted condition that a party has or sets is its demand', [
  { body: 'Yerevan has one condition for a treaty: a full ceasefire along the border.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Baku set two conditions for a peace treaty: a change to the Armenian constitution and the dissolution of the Minsk Group.', want: ['AZE DEMAND governance []', 'AZE DEMAND talks []'] },
  { body: 'Pristina has a single demand: recognition by Serbia.', want: ['XKX DEMAND recognition []'] },
  { body: 'Seoul has one proposal for the talks: a joint liaison office.', want: ['KOR PROPOSE talks []'] },
]);

claimCases('without a count, or with no stance noun, nothing is held', [
  { body: 'Pristina has a copy of the proposal for a ceasefire.', want: [] },
  { body: 'Seoul has one problem with the plan.', want: [] },
  { body: 'Kyiv received a proposal for a ceasefire.', want: [] },
]);
