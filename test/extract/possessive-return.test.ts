// A stance on "their release", "their return", "his freedom" is about what the possessive stands for: the thing named
// last before it, when people held (humanitarian), land (territory) or assets (sanctions) (content/possessive-return).
// Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a possessive and a noun of giving back take the issue of the thing named before', [
  { body: 'Baku holds 23 Armenian detainees, and Yerevan has demanded their release.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'Hamas is still holding dozens of hostages; Israel demands their immediate return.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Kyiv handed over a list of 339 children it says were deported, and asked for their return.', want: ['UKR DEMAND humanitarian []'] },
  { body: 'Two Serbian police officers were detained by Kosovo last month. Belgrade insists on their unconditional release.', want: ['SRB DEMAND humanitarian []'] },
  { body: 'The EU has frozen 210 billion euros of Russian assets. Moscow has demanded their release.', want: ['RUS DEMAND sanctions []'] },
]);

claimCases('a possessive of something no one gives back names no issue', [
  // (What was named last is the talks: no one releases a round of talks.)
  { body: 'Serbia and Kosovo held talks in Brussels, and Vucic demanded their release.', want: [] },
  // (The noun has an object of its own: a return to something.)
  { body: 'Both delegations left the talks, and Qatar called for their return to the table.', want: ['QAT PROPOSE talks []'] },
  // (Nothing named before.)
  { body: 'Yerevan has demanded their release.', want: [] },
]);
