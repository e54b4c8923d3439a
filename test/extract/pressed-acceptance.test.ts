// An acceptance in the infinitive (or "into" gerund) after a word of pressure or waiting ("pressure on Serbia to
// accept", "force Hamas to stop the rockets and agree to a truce", "waiting for Yerevan to agree", "pressed Baku into
// accepting") or in the first half of "the sooner …, the sooner" is what another party wants of the accepting one,
// not an acceptance given (trigger/pressed-acceptance). A passive ("was forced to accept") accepted; the pressure
// itself, when a cue, stays a demand. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

const acceptances = (c: { type: string }) => c.type === 'ACCEPT';

claimCases('an acceptance pressed for is not given', [
  { body: 'Netanyahu said pressure on Hamas was the way to force it to stop the rockets and agree to a ceasefire.', want: [] },
  { body: 'Baku was still waiting for Yerevan to agree on dates for a new round of talks.', want: [] },
  { body: 'The EU kept up pressure on Serbia to accept a European framework for the north.', want: [] },
  { body: 'The sooner Serbia agreed to a just peace, the sooner the strikes would stop, Kurti said.', want: [] },
  { body: 'Ankara pushed for the West to force Armenia into accepting negotiations on the corridor.', want: [] },
  // (Given acceptances stay, a passive's too.)
  { body: 'Under pressure from Washington, Armenia agreed to a ceasefire.', want: ['ARM ACCEPT ceasefire []'] },
  { body: 'Armenia was forced to accept the ceasefire.', want: ['ARM ACCEPT ceasefire []'] },
  { body: 'Kosovo said it was being "pressured" by Brussels into agreeing to the talks.', want: ['XKX ACCEPT talks []'] },
  { body: 'Serbia is ready to accept the European framework.', want: ['SRB ACCEPT talks []'] },
], acceptances);

claimCases('the pressure stays a demand', [
  { body: 'Washington pushed Armenia to accept the corridor.', want: ['USA DEMAND ceasefire []'] },
  { body: 'Turkey pressed Azerbaijan into accepting negotiations.', want: ['TUR DEMAND talks []'] },
]);
