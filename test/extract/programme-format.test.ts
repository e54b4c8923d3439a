// The format a programme runs in is no format of talks (content/programme-format, programme-format.ts): "proposed that
// the exports continue in a three-way format" is a proposal on the exports, issue 'other'. A format after a noun of the
// talks, or after a verb of meeting, stays the talks. Sentences written for this test (prec65), about other disputes.
import { claimCases } from './helpers.js';

claimCases('the format of a programme: no talks', [
  { body: 'Yerevan proposed that the flights continue in a "trilateral format" with Georgia and Turkey.', want: ['ARM PROPOSE other []'] },
  { body: 'Addis Ababa suggested that the grain shipments continue in a three-way format with Eritrea and the UN.', want: ['ETH PROPOSE other []'] },
  { body: 'Pristina proposed that the customs inspections continue in a joint format with the EU.', want: ['XKX PROPOSE other []'] },
]);

claimCases('a format of the talks: still the talks', [
  { body: 'Kosovo is ready for a next round in the same trilateral format.', want: ['XKX OFFER talks []'] },
  { body: 'Aliyev said he was ready to meet Pashinyan in any format.', want: ['AZE OFFER talks []'] },
  { body: 'Vucic proposed that the talks continue in a trilateral format.', want: ['SRB PROPOSE talks []'] },
]);
