// The diplomatic formula against threatening or using nuclear weapons at all ("the use or threat of use of nuclear
// weapons is inadmissible") is a norm for everyone, no term of a settlement: it names no scored issue (issues.json
// _noise; annotators give it issue other). A party's own nuclear status is still military_limits. Sentences written
// for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the norm against using nuclear weapons names no scored issue', [
  { body: 'Pakistan and India said they opposed the use or threat of use of nuclear weapons in Kashmir.', want: ['PAK REJECT other []', 'IND REJECT other []'] },
  { body: 'The summit declaration said the threat or use of nuclear weapons over Kashmir was "inadmissible".', want: [] },
  { body: 'Erdogan and Aliyev agreed that nuclear weapons should never be used in the Caucasus.', want: [] },
]);

claimCases('a party\'s own nuclear status is still military_limits', [
  { body: 'Armenia would not acquire nuclear weapons, Pashinyan said.', want: ['ARM OFFER military_limits []'] },
  { body: 'Israel demanded that Iran give up its nuclear weapons programme.', want: ['ISR DEMAND military_limits []'] },
]);
