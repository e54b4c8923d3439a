// A counted group of states that names no party ("26 countries", "Twenty-six nations") is the coalition of the
// willing when the article names it anywhere (discourse/counted-coalition); otherwise it names no party.
// Sentences written for this test, with other places.
import { claimCases } from './helpers.js';

claimCases('a counted group of countries is the coalition the article names', [
  { body: 'The coalition of the willing met in Rome on Tuesday. Thirty countries, mostly European, have committed to taking part in a reassurance force in Moldova.', want: ['COW OFFER security_guarantees []'] },
  { body: 'Twenty-one nations have pledged to deploy troops to Moldova once a ceasefire is reached, officials said after the coalition of the willing met in Rome.', want: ['COW OFFER security_guarantees []'] },
  // (The coalition is not named: the count stands for no party.)
  { body: 'Twenty-one nations have pledged to deploy troops to Moldova once a ceasefire is reached, officials said.', want: [] },
  // (A count after a determiner or before "of" is read by the words around it.)
  { body: 'The coalition of the willing met in Rome. The 27 countries of the EU have agreed to a new loan for Chisinau.', want: [] },
]);
