// A party that cannot have, or be allowed, a veto over a step is refused that say by the speaker (candidate/denied-veto,
// candidate/denied-imposition): the refusal is the speaker's, its content what the veto would be over. Vetoing, or
// lifting a veto, is another cue's.
// Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a veto denied is refused by the speaker', [
  { body: 'Baerbock said Serbia could not be allowed a veto over Kosovo\'s path to NATO.', want: ['DEU REJECT alliance []'] },
  { body: 'Moscow cannot have a veto over Finland joining NATO, Stoltenberg said.', want: ['NATO REJECT alliance []'] },
  { body: 'Pashinyan said Azerbaijan should have no veto over Armenia\'s path to the European Union and NATO.', want: ['ARM REJECT other []', 'ARM REJECT alliance []'] },
  { body: 'Blinken said Iran would not be given a veto over a ceasefire in Gaza.', want: ['USA REJECT ceasefire []'] },
]);

claimCases('a veto used, lifted or named with no step is no refusal of this kind', [
  // (Lifting a veto is no refusal.)
  { body: 'Turkey lifted its veto on Sweden on Monday.', want: [] },
  // (A veto over nothing named: no issue.)
  { body: 'Warsaw said Moscow should not have a veto.', want: [] },
  // (A question, not a stance.)
  { body: 'Should Moscow have a veto over Kyiv\'s alliances? analysts asked.', want: [] },
]);
