// A military pact is a military alliance or bloc (alliance): renouncing or refusing to join one is a stance on
// alliance membership like "military unions" or "military blocs" (spec rule 7: refusing to join is an offer).
// Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a military pact is an alliance', [
  { body: 'Moscow demands that Chisinau renounce any military pact with the West, Lavrov said.', want: ['RUS DEMAND alliance []'] },
  { body: 'Georgia will not join any military pact, the prime minister said.', want: ['GEO OFFER alliance []'] },
  // (A pact of another kind names no alliance.)
  { body: 'The two governments signed a trade pact in Baku on Monday.', want: [] },
]);
