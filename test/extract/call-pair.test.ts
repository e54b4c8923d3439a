// The two ends of a telephone call ("a call between Vucic and Macron") are not the pair "both sides" stands for in a
// later sentence that names a meeting or negotiations of its own (discourse/call-pair); the pair at the table named
// before the call is. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('"both sides" of a meeting after a call is the pair at the table, not the call\'s two ends', [
  { body: 'Serbian and Kosovar negotiators met in Brussels on Tuesday. Belgrade\'s terms were set out in a readout of a telephone call between Aleksandar Vucic and French President Emmanuel Macron on Monday. After the meeting, the head of the Serbian delegation said both sides had agreed to continue the negotiations.', want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'] },
  { body: 'Armenian and Azerbaijani delegations met in Abu Dhabi on Friday. The day before, a phone call between Nikol Pashinyan and Turkish President Recep Tayyip Erdogan had been reported. After the talks, both sides agreed to exchange all prisoners.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
]);

claimCases('positive: with no meeting named after it, "both sides" is still the call\'s pair', [
  { body: 'Ethiopian officials described a telephone call between Abiy Ahmed and Kenyan President William Ruto on Monday. Both sides agreed to exchange all prisoners.', want: ['ETH ACCEPT humanitarian []', 'KEN ACCEPT humanitarian []'] },
]);
