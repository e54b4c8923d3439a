// A stance noun that a verb of stating or listing governs is that verb's subject's (holder/stated-noun; issue 7,
// lists and holders inside noun phrases): "The Azerbaijani leader listed further conditions: …" needs no
// possessor. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a stance noun stated by the verb\'s subject', [
  { body: 'The Serbian president listed further conditions for a final settlement: the withdrawal of Kosovo police from the north, and the lifting of all sanctions on Belgrade.', want: ['SRB DEMAND territory []', 'SRB DEMAND sanctions []'] },
  { body: 'Aliyev on Tuesday set out new demands for a peace treaty: Armenia must change its constitution.', want: ['AZE DEMAND governance []'] },
  { body: 'Eritrea reiterated the following conditions for peace: the withdrawal of Ethiopian troops from Badme.', want: ['ERI DEMAND territory []'] },
]);

claimCases('no stance noun stated by a verb\'s subject', [
  // A plan noun with no verb of stating and no possessor stays nobody's.
  { body: 'Conditions for a final settlement remain unclear, with the withdrawal of troops from Badme still disputed.', want: [] },
  // A verb that is a cue of its own keeps the claim: the noun is no second stance.
  { body: 'Turkey presented proposals for a grain corridor.', want: ['TUR PROPOSE ceasefire []'] },
]);
