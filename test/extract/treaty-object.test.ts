// A treaty as a stance's own object is the settlement the talks are to reach (issues.json talks 'weakTerms'):
// "ready to sign the treaty" offers it, "will not sign the treaty" refuses it. A treaty that names an issue of its
// own keeps it, and a treaty in a sentence with no stance gives nothing. Found by the paraphrase battery
// (according-to). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a treaty as the stance\'s object is talks', [
  { body: 'Baku is ready to sign the treaty by the end of the year.', want: ['AZE OFFER talks []'] },
  { body: 'Kosovo will not sign the treaty, Kurti said.', want: ['XKX REJECT talks []'] },
  { body: 'Armenia is willing to sign the treaty.', want: ['ARM OFFER talks []'] },
]);

claimCases('a treaty with an issue of its own, or with no stance', [
  { body: 'Russia wants a security treaty with the United States.', want: ['RUS DEMAND security_guarantees []'] },
  { body: 'The treaty was signed in 1997.', want: [] },
  { body: 'Analysts said the treaty would be hard to ratify.', want: [] },
]);
