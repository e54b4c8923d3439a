// A party that has decided to halt, cut back or release takes the step itself: an offer (cue decide-step,
// trigger/decided-step). Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a decision to halt, cut back or release is the decider\'s offer', [
  { body: 'Aliyev said Azerbaijan had decided to drastically reduce military activity along the border with Armenia.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Abiy Ahmed said Ethiopia had decided to halt air strikes in Tigray "to build trust".', want: ['ETH OFFER ceasefire []'] },
  { body: 'Vucic said Serbia has decided to free the detained Kosovo policemen.', want: ['SRB OFFER humanitarian []'] },
  { body: 'Netanyahu said Israel had decided to extend the truce in Gaza by two days.', want: ['ISR OFFER ceasefire []'] },
]);

claimCases('a decision to go on fighting, or to act outside the settlement, offers nothing', [
  { body: 'Burhan said the Sudanese army had decided to keep striking the RSF positions in Khartoum.', want: [] },
  { body: 'Aliyev said Azerbaijan had decided to resume the offensive in Karabakh.', want: [] },
  { body: 'The EU decided to fund Armenia\'s border police for another year.', want: [] },
]);
