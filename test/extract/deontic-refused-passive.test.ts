// A negated deontic in the passive refuses its subject (candidate/modal 'refusedPassives'): "borders must not be
// changed by force" refuses a change of the borders (territory), not something after the verb. Sentences written
// for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('a deontic refused passive: the subject is refused', [
  { body: 'Baku said that borders must not be changed by force.', want: ['AZE REJECT territory []'] },
  { body: 'The status of Crimea should not be discussed, the Ukrainian minister said.', want: ['UKR REJECT territory [UA-43]'] },
  { body: 'Serbia says the borders of Kosovo cannot be redrawn.', want: ['SRB REJECT territory []'] },
]);

claimCases('a subject that names nothing leaves the deontic its own reading', [
  { body: "Kosovo's status should not be discussed without Pristina, the minister said.", want: ['XKX REJECT talks []'] },
  // "changed" under an affirmative modal refuses nothing.
  { body: 'The venue of the talks between Baku and Yerevan was changed on Monday.', want: [] },
]);
