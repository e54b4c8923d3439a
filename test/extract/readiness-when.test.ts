// Another party's readiness in a "when" clause after a stance is that stance's condition, asserted by no one
// (trigger/blocker 'readinessClauses'): own set AJ, Kuleba said Ukraine was ready to negotiate with the Russian side
// "when Russia is ready to negotiate in good faith" offers talks for Ukraine only. Sentences written for this test,
// with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a readiness inside a "when" clause is the condition, not an offer of its subject', [
  { body: 'Pashinyan said Armenia was ready to sign the treaty "when Azerbaijan is ready to negotiate in good faith".', want: ['ARM OFFER talks []'] },
  { body: 'Vucic said Serbia was prepared to resume the dialogue when Pristina is willing to compromise.', want: ['SRB OFFER talks []'] },
]);

claimCases('a readiness stated as a main clause stays an offer', [
  { body: 'Pristina said it was ready to hold talks with Belgrade.', want: ['XKX OFFER talks []'] },
]);
