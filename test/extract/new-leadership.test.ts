// Choosing, electing or installing a new leader, president or government is a change of leadership (spec §2:
// governance), whoever chooses (issues.json governance frame with owner "new"); a future or different president as a
// partner for talks is not. A ceiling is a cap on an army (military_limits): "proposed a ceiling of 250,000".
// Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a new leader chosen is governance', [
  { body: 'Moscow insists that Ukraine must choose a new president before any peace treaty is signed.', want: ['RUS DEMAND governance []'] },
  { body: 'Belgrade wants Pristina to elect new leaders before the talks resume.', want: ['SRB DEMAND governance []'] },
  { body: 'Moscow demanded that Kyiv install a new leadership.', want: ['RUS DEMAND governance []'] },
  { body: 'Azerbaijan insists that Armenia must choose a new government before any peace treaty is signed.', want: ['AZE DEMAND governance []'] },
]);

claimCases('negatives: a leader as a partner for talks, a venue chosen', [
  { body: 'Russia said it was ready for talks with a future president of Ukraine.', want: ['RUS OFFER talks []'] },
  { body: 'Pyongyang said it would only talk to a new president in Seoul.', want: ['PRK OFFER talks []'] },
  { body: 'Kyiv said it would choose a new venue for the talks.', want: [] },
]);

claimCases('a ceiling on an army is a military limit', [
  { body: 'Ukraine proposed a ceiling of 250,000.', want: ['UKR PROPOSE military_limits []'] },
  { body: 'Seoul proposed a troop ceiling for the peninsula.', want: ['KOR PROPOSE military_limits []'] },
  { body: 'Armenia offered a manpower ceiling for its army.', want: ['ARM OFFER military_limits []'] },
  // (A price ceiling names its sanctions term, of a higher rank.)
  { body: 'The EU proposed a ceiling of 45 dollars on the price of Russian crude.', want: ['EU PROPOSE sanctions []'] },
]);
