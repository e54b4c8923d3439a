// A relative "where" or "when" after a comma opens a clause with a subject of its own: a pronoun in it is that
// subject, not the main clause's (discourse/comma-relative-clause). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a pronoun in a comma relative clause', [
  {
    body: 'Macron hosted a meeting of European leaders in Paris on Monday, where British Prime Minister Keir Starmer said he was prepared to send British troops to Armenia.',
    want: ['GBR OFFER security_guarantees []'],
  },
  // With no subject of its own in the clause, the pronoun is still the main clause's subject.
  {
    body: 'Erdogan met Aliyev in Ankara on Monday, when he said he was ready to host talks between Armenia and Azerbaijan.',
    want: ['TUR OFFER talks []'],
  },
  // No comma: the main clause's subject.
  {
    body: 'Starmer said he was prepared to send British troops to Armenia.',
    want: ['GBR OFFER security_guarantees []'],
  },
]);
