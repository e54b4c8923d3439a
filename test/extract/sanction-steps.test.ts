// Verbs of putting a measure in place (adopt, introduce, levy, approve, unveil) are a harmful step when a sanctions
// term follows (trigger/harmful-act): a party that will or would take it threatens it, and its "unless" clause is
// demanded (claim/if-condition). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a party that will adopt or introduce sanctions threatens them', [
  { body: 'The EU would adopt a new package of sanctions unless Moscow agrees to a ceasefire, the Commission said.', want: ['EU THREATEN sanctions []', 'EU DEMAND ceasefire []'] },
  { body: 'Washington will introduce tariffs on Serbian steel unless Belgrade returns to the talks, the envoy said.', want: ['USA THREATEN sanctions []', 'USA DEMAND talks []'] },
  { body: 'London said it would levy new sanctions on Asmara if Asmara did not agree to a ceasefire in Tigray.', want: ['GBR THREATEN sanctions []', 'GBR DEMAND ceasefire []'] },
  // (No sanctions term after the verb: no threat.)
  { body: 'The council will adopt a resolution on the Nagorno-Karabakh talks next week.', want: [] },
  { body: 'Parliament would approve the agreement with Pristina if it were put to a vote.', want: [] },
  // (A measure already taken is a fact, not a threat.)
  { body: 'The EU adopted its 15th package of sanctions against Belarus on Monday.', want: [] },
]);
