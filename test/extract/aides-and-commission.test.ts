// Officials named by their institution or by whom they serve speak for its party: "the Commission" and a
// "Commission official" are the EU's (lexicon actors.json), "an aide to Aliyev" or "an adviser to the Kremlin" is the
// leader's or the seat's party (discourse/role-of-party 'toRoles'); an official or envoy sent "to" a country is not
// that country's. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('officials of the Commission and aides to a leader', [
  { body: 'Serbia must recognise Kosovo before it can join the bloc, a Commission official said.', want: ['EU DEMAND recognition []'] },
  { body: 'A Commission spokesperson said Serbia must recognise Kosovo.', want: ['EU DEMAND recognition []'] },
  { body: 'Serbia must recognise Kosovo before it can join the bloc, the Commission said.', want: ['EU DEMAND recognition []'] },
  { body: 'An aide to Aliyev said Armenia had to change its constitution before any treaty.', want: ['AZE DEMAND governance []'] },
  { body: 'Armenia had to change its constitution before any treaty, an aide to Aliyev said.', want: ['AZE DEMAND governance []'] },
  { body: 'An adviser to the Kremlin said Kyiv had to withdraw from the four regions.', want: ['RUS DEMAND territory [UA-09,UA-14,UA-23,UA-65]'] },
  // Another body's commission is not the EU's.
  { body: 'The AU Commission chairman said Sudan\'s generals must agree to a ceasefire.', want: ['AU PROPOSE ceasefire []'] },
  // An official sent "to" a country is not its speaker.
  { body: 'Washington sent a senior official to Kyiv, who said Ukraine must hold elections.', want: [] },
]);
