// A party judging an idea, a draft or a plan mistaken, senseless or outdated refuses it, and judging it in tune with
// its own position, or to be assessed positively, accepts it (cues.json reject-predicate, accept-predicate: predicates
// whose subject is the thing judged). Own set AJ: "The idea that Ukraine could win back its lost territory was
// 'mistaken'", "some elements of the US plan 'can be assessed positively'". Sentences written for this test, with
// other parties and places.
import { claimCases } from './helpers.js';

claimCases('an idea or plan judged mistaken or senseless is refused', [
  { body: 'Baku said the idea that Armenia could regain its lost territory was mistaken.', want: ['AZE REJECT territory []'] },
  { body: 'Belgrade said the Brussels proposal no longer made sense.', want: ['SRB REJECT talks []'] },
  { body: 'Pristina said the EU plan made no sense.', want: ['XKX REJECT talks []'] },
]);

claimCases('a plan judged in line with one\'s position, or assessed positively, is accepted', [
  { body: 'Aliyev said some elements of the Armenian proposal could be assessed positively.', want: ['AZE ACCEPT talks []'] },
  { body: 'Belgrade said the EU plan was in line with our position.', want: ['SRB ACCEPT talks []'] },
]);

claimCases('a person or a thing outside the settlement judged so is no stance', [
  { body: 'Analysts said the idea was mistaken.', want: [] },
  { body: 'Pashinyan said Aliyev was mistaken.', want: [] },
  { body: 'The spokesman said the weather forecast made no sense.', want: [] },
]);
