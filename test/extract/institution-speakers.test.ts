// A party's diplomatic or press service, foreign office, embassy or cabinet speaks for it (roles.json): "the
// European Union's diplomatic service said …" is the EU's. Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('a party\'s services and embassy speak for it', [
  { body: "The European Union's diplomatic service said Serbia should withdraw its police from northern Kosovo.", want: ['EU DEMAND territory []'] },
  { body: 'The Azerbaijani diplomatic service said Armenia should withdraw its troops from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'The Turkish cabinet said Greece should lift its sanctions on Cyprus.', want: ['TUR DEMAND sanctions []'] },
  // (A building is no speaker: nothing said.)
  { body: 'Protesters gathered outside the Russian embassy in Baku on Sunday.', want: [] },
]);
