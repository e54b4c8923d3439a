// A party naming a proposal or a term of the settlement "a positive sign", "a strong signal" or "a possible basis"
// accepts it, as "an important step" does (candidate/named-approval, rules.json 'steps' and 'stepModifiers'): a sign,
// a signal or a basis approves with a word of approval before it, modifiers joined by "and" or a hyphen ("a strong
// and much-needed signal"). Not a bare "a signal", not one that goes on with what it signals ("a clear sign that
// …"), not a meeting judged, not one no party names. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('naming a proposal a good sign, signal or basis accepts it', [
  { body: 'Pashinyan called the Azerbaijani peace proposal a positive sign.', want: ['ARM ACCEPT talks []'] },
  { body: 'Vucic called the Franco-German plan a possible basis for future agreements.', want: ['SRB ACCEPT talks []'] },
  { body: 'Kurti called the new sanctions on Serbian banks "a strong and much-needed signal".', want: ['XKX ACCEPT sanctions []'] },
  { body: 'Abiy Ahmed described the Kenyan ceasefire offer as an encouraging signal.', want: ['ETH ACCEPT ceasefire []'] },
  { body: 'Netanyahu called the Egyptian proposal on hostages a hopeful sign.', want: ['EGY PROPOSE humanitarian []', 'ISR ACCEPT humanitarian []'] },
]);

claimCases('no acceptance for a bare signal, a sign of something, a meeting judged or no party naming it', [
  { body: 'Aliyev called the Armenian proposal a signal.', want: [] },
  { body: 'Pashinyan called the Azerbaijani peace proposal a clear sign that Baku wants war.', want: [] },
  { body: 'Vucic called the meeting in Brussels a positive sign.', want: [] },
  { body: 'Analysts called the Armenian proposal a positive sign.', want: [] },
]);
