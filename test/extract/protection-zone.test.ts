// A protection zone around a plant or site is a zone where neither side attacks: a local, partial ceasefire
// (issues.json, ceasefire). Sentences written for this test, about other plants and places.
import { claimCases } from './helpers.js';

claimCases('a protection zone is a partial ceasefire', [
  { body: 'The UN nuclear watchdog proposed a protection zone around the Metsamor plant.', want: ['UN PROPOSE ceasefire []'] },
  { body: 'Israel rejected a protection zone around the Gaza desalination plant.', want: ['ISR REJECT ceasefire []'] },
  // A safe zone for civilians is not in it.
  { body: 'Sudan rejected a safe zone for civilians around El Fasher.', want: ['SDN REJECT humanitarian []'] },
]);
