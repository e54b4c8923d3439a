// A request addressed to a group of supporters ("our partners", "our Western allies") instead of a named party is
// the speaker's demand of what it asks (trigger/addressed-group). Sentences written for this test, with other
// parties and places.
import { claimCases } from './helpers.js';

const demands = (c: { type: string }) => c.type === 'DEMAND';

claimCases('asking or needing a group of supporters demands what is asked', [
  { body: 'We ask our partners for an immediate invitation of Georgia to NATO, the Georgian president said.', want: ['GEO DEMAND alliance []'] },
  { body: 'We ask our partners to keep sanctions on Belgrade, Kurti said.', want: ['XKX DEMAND sanctions []'] },
  { body: 'We need our partners to lift the restrictions on arms deliveries to Armenia, Pashinyan said.', want: ['ARM DEMAND military_limits []'] },
  { body: 'We need our international partners to keep sanctions on Belgrade, Kurti said.', want: ['XKX DEMAND sanctions []'] },
], demands);

claimCases('a question, a bare need or a request still to come asks nothing', [
  { body: 'We ask our partners about the talks, Pashinyan said.', want: [] },
  { body: 'We need our partners, Pashinyan said.', want: [] },
  { body: 'Pashinyan said Armenia would ask its partners for sanctions on Baku if Azerbaijan attacked.', want: [] },
  { body: 'We need our partners to be patient, Kurti said.', want: [] },
], demands);
