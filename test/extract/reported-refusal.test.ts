// Another party's "would not be joining/getting" reported by a speaker is the speaker ruling it out
// (holder/reported-refusal); the subject's own party saying it keeps the concession (spec rule 7). Sentences written
// for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a speaker reporting that another party would not join or get something refuses it', [
  { body: 'Stoltenberg said Georgia would not be joining NATO this year.', want: ['NATO REJECT alliance []'] },
  { body: 'Georgia would not be joining NATO, Stoltenberg said.', want: ['NATO REJECT alliance []'] },
  { body: 'Erdogan wrote that Armenia would not be getting the Zangezur corridor back and would not be joining NATO.', want: ['TUR REJECT alliance []'] },
  // (The subject's own party: a concession, unchanged.)
  { body: 'Pashinyan said Armenia would not be joining NATO.', want: ['ARM OFFER alliance []'] },
]);
