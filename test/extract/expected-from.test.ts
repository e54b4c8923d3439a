// A thing expected from a named party is asked of it (issue 7, stance constructions: expectations): "Kyiv expects
// a memorandum from Moscow" is Kyiv's demand (trigger/want-needs-act expectedThings: a document, a reply, a
// proposal or an issue term before "from" and a party). A visit or a benefit expected names no issue.
// Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a thing expected from a party', [
  { body: 'Pashinyan said Armenia expects a memorandum from Azerbaijan.', want: ['ARM DEMAND talks []'] },
  { body: 'Moscow expects a ceasefire proposal from Washington, Peskov said.', want: ['RUS DEMAND ceasefire []'] },
]);

claimCases('nothing asked', [
  { body: 'Kenya expects a visit from the Ethiopian president next week.', want: [] },
  { body: 'The EU expects growth from the new trade deal with Serbia.', want: [] },
]);
