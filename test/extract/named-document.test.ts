// A document phrase with a name of its own ("the Black Sea Grain Initiative") is another document than the one named
// before it, not a reference back to it: its authors are unknown (discourse/named-document). A title-cased document
// word ("the 'Peace Plan'") still refers back. Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('a named document is not the one before it', [
  { body: 'Armenia presented its peace plan on Monday. Azerbaijan has also said that the Lachin Corridor Initiative, from which it withdrew in July 2023, can only be restored if the West lifts sanctions on Baku.', want: ['ARM PROPOSE talks []', 'AZE DEMAND sanctions []'] },
  // (A document's own words title-cased refer back: the plan's authors propose what it provides for.)
  { body: 'Armenia presented a peace plan on Monday. The Peace Plan would freeze the fighting along the current line.', want: ['ARM PROPOSE talks []', 'ARM OFFER ceasefire []'] }, // (as its Russia–Ukraine analogue reads: the sides of another dispute are its principal sides, discourse/principal-sides)
]);
