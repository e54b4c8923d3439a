// A count traded for the same count names a prisoner swap (discourse/numbered-exchange). Sentences written for this
// test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a count for the same count is a swap of people', [
  { body: 'Baku agreed on Tuesday to an exchange of 32 for 32.', want: ['AZE ACCEPT humanitarian []'] },
  { body: 'Yerevan has proposed a 1,000-for-1,000 exchange before the next round.', want: ['ARM PROPOSE humanitarian []'] },
  { body: 'Khartoum said it was ready for a hundred-for-hundred deal with the RSF.', want: ['SDN OFFER humanitarian []'] },
  { body: 'Belgrade insisted on the principle of 40 for 40, officials said.', want: ['SRB DEMAND humanitarian []'] },
  // (Two different counts next to a noun of exchanging.)
  { body: 'Pyongyang rejected an exchange of 215 for 55 offered by Seoul.', want: ['PRK REJECT humanitarian []', 'KOR OFFER humanitarian []'] },
]);

claimCases('counts for other counts name no swap', [
  { body: 'The assembly voted 27 for 3, and Baku welcomed the outcome.', want: [] },
  { body: 'Seoul said it was ready to pay 5 for 1 on the bonds.', want: [] },
]);
