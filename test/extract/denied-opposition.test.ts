// An opposition denied ("would not oppose", "has no objection to") is consent to its object, whatever the object
// names: trigger/receives-person drops welcomes of a person or a role ("welcomed the Turkish role"), not a denied
// opposition to one. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a denied opposition consents to its object', [
  { body: 'Kosovo said it would not oppose a Serbian role in the talks.', want: ['XKX ACCEPT talks []'] },
  { body: 'Turkey had no objection to Qatar\'s role as a mediator, Fidan said.', want: ['TUR ACCEPT talks []'] },
]);

claimCases('a role or a person welcomed is no acceptance', [
  { body: 'Aliyev welcomed the Turkish role in the talks.', want: [] },
  { body: 'Vucic welcomed the Hungarian delegation in Belgrade.', want: [] },
]);
