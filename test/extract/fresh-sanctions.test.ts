// New or further sanctions a party says it would propose or prepare are pressure held out, a threat, not a proposal nor
// an offer (claim/fresh-sanctions, fresh-sanctions.ts); relief proposed or offered, and a call for new sanctions, stay
// as they are. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('new sanctions proposed or prepared: a threat', [
  { body: 'The EU said on Monday it would propose new sanctions against Belgrade.', want: ['EU THREATEN sanctions []'] },
  { body: 'Germany said it was prepared to act, including with further sanctions against Belgrade.', want: ['DEU THREATEN sanctions []'] },
]);

claimCases('relief, or a call for sanctions: no threat', [
  { body: 'Washington said it would propose fresh sanctions relief for Caracas.', want: ['USA PROPOSE sanctions []'] },
  { body: 'Washington offered sanctions relief to Caracas.', want: ['USA OFFER sanctions []'] },
  { body: 'Kyiv called for new sanctions on Moscow.', want: ['UKR DEMAND sanctions []'] },
]);
