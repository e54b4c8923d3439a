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

claimCases('a party that will prepare or coordinate new sanctions threatens them', [
  { body: 'Paris and Berlin said they would coordinate new sanctions against Belgrade with Washington.', want: ['FRA THREATEN sanctions []', 'DEU THREATEN sanctions []'] },
  { body: 'The EU said it would prepare further sanctions against Asmara.', want: ['EU THREATEN sanctions []'] },
  { body: 'Ottawa will draft new sanctions on Tehran, the foreign minister said.', want: ['CAN THREATEN sanctions []'] },
  // (What is prepared is no sanction: no threat.)
  { body: 'The EU said it would prepare a peace plan for the Horn of Africa.', want: ['EU PROPOSE talks []'] },
  { body: 'Seoul said it would coordinate its response with Washington.', want: [] },
  { body: 'The ministers will draft a joint statement on the Sudan talks.', want: [] },
]);
