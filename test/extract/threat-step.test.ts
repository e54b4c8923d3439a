// A threat named by its noun and the harmful step after it (candidate/threatened-step; issue 7, threats of harmful
// action and nominal stances): "Moscow's threat to strike Kyiv" is Moscow's threat, with the step's issue as after
// "threatened to"; the reaction the threat drew ends its content. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a threat noun before a harmful step threatens', [
  { body: 'Venezuela\'s threat to annex the Essequibo drew condemnation from Brazil.', want: ['VEN THREATEN territory []'] },
  { body: 'Moscow\'s threat to strike government buildings in Chisinau drew a sharp response.', want: ['RUS THREATEN ceasefire []'] },
  { body: 'Medvedev repeated his threat to take Tbilisi by force.', want: ['RUS THREATEN territory []'] },
  { body: 'Pyongyang renewed its threats to attack the South\'s border posts, state media said.', want: ['PRK THREATEN ceasefire []'] },
  // a threat-noun phrase that ends in its verb takes the step's issue ("use force" is fighting)
  { body: 'Azerbaijan\'s threat to use force against Armenia alarmed Paris.', want: ['AZE THREATEN ceasefire []'] },
]);

claimCases('a threat that is a danger, or held by no party', [
  { body: 'The drones pose a threat to shipping in the Black Sea.', want: [] },
  { body: 'Analysts called the deployment a threat to peace in the Caucasus.', want: [] },
  { body: 'The minister said the threat to leave the talks was a bluff.', want: [] },
]);
