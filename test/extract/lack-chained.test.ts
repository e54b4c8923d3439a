// A negated acceptance of a pronoun object "without" something (content/lack-refused): "could not accept that
// without binding guarantees" refuses the lack of the guarantees, it demands them, as "will not accept a ceasefire
// without the release of all hostages" does. The pronoun and "without" are chained into the cue (trigger/chain).
// A possibility "without" something is no refusal of its lack. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a negated acceptance of "that"/"it"/"this" without something demands it', [
  { body: 'Armenia could not accept that without binding security guarantees, Pashinyan said.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Kosovo will never accept it without recognition by Serbia, Kurti said.', want: ['XKX DEMAND recognition []'] },
  { body: 'Israel cannot agree to this without the release of all the hostages, Netanyahu said.', want: ['ISR DEMAND humanitarian []'] },
]);

claimCases('not a negated acceptance of a pronoun: a refusal of a thing named, a manner', [
  // (a refusal "without" a manner names no lack)
  { body: 'Hamas rejected it without hesitation, Qatar said.', want: [] },
  { body: 'Israel will not accept a ceasefire without the release of all hostages.', want: ['ISR DEMAND humanitarian []', 'ISR REJECT ceasefire []'] },
]);
