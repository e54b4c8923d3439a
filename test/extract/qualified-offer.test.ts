// An offer qualified after "but" by what must be taken into account states its condition (cue qualified-offer,
// issue 7 recall: conditions): "Russia is ready to negotiate, but taking into account the realities on the ground"
// offers talks and demands the front as it stands, held by the offer's subject. A participle without "but" only
// reports. Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('"ready to …, but taking into account X" demands X', [
  { body: 'Azerbaijan is ready to negotiate with Armenia, but taking into account the realities on the ground.', want: ['AZE OFFER talks []', 'AZE DEMAND territory []'] },
  { body: 'Vucic said Serbia was open to talks with Pristina, but only taking into account the status of the northern municipalities as Serbian territory.', want: ['SRB OFFER talks []', 'SRB DEMAND territory []'] },
  // (No "but": a report.)
  { body: 'The EU adopted the sanctions package, taking into account Hungary\'s concerns.', want: [] },
]);
