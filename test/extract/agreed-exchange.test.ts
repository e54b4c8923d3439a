// A prisoner exchange reported as agreed in the past, with no party named, was agreed by the two sides that swap the
// prisoners: the principal sides of the dispute (holder/agreed-exchange). Not one still to come. Sentences written for
// this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('an exchange agreed, no party named: both sides accept it', [
  {
    body: 'Armenia and Azerbaijan have fought over Karabakh for decades. An exchange of 32 prisoners for 2 was agreed in Geneva on Tuesday.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
  {
    body: 'Armenia and Azerbaijan have fought over Karabakh for decades. A swap of detainees had been agreed at the second round in Alma-Ata.',
    want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'],
  },
], (c) => c.type === 'ACCEPT');

claimCases('no agreement yet: no claim', [
  { body: 'Armenia and Azerbaijan have fought over Karabakh for decades. The detainees would go home once an exchange was agreed.', want: [] },
], (c) => c.type === 'ACCEPT');
