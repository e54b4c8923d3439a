// A generic document noun ("document", "text", "paper") names no kind of document: a later "the memorandum" or "the
// statement" within three sentences refers back to it and speaks for its authors (discourse/document-generic-antecedent).
// Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('"the memorandum" after "the Azerbaijani document"', [
  { body: 'According to the Azerbaijani document, Baku offers two options for a ceasefire. The memorandum also demands the lifting of existing sanctions against Azerbaijan.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND sanctions []'] },
  { body: 'The Serbian text was handed to the mediators in Brussels on Monday. The memorandum also demands the lifting of all sanctions against Serbia.', want: ['SRB DEMAND sanctions []'] },
]);

claimCases('too far back, a memorandum is another document', [
  { body: 'The Azerbaijani document was published on Monday. The talks were held in Geneva. Delegates met for four hours. Reporters waited outside. The memorandum also demands the lifting of existing sanctions against Azerbaijan.', want: [] },
]);
