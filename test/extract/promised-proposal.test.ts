// An undertaking to put something forward (trigger/promised-proposal): "promised to propose alternatives", "promised to
// offer alternatives rather than reject the plan", "is ready to put forward a new draft" are proposals of the holder
// (PROPOSE), not offers of a concession of its own, which trigger/chain made of OFFER + PROPOSE. An offer of the
// holder's own step or service stays an offer. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('an undertaking to propose is a proposal', [
  { body: 'Pashinyan promised to propose alternatives to the Azerbaijani draft rather than say no outright.', want: ['ARM PROPOSE talks []'] },
  { body: 'Kurti promised to offer alternatives rather than reject the EU plan outright.', want: ['XKX PROPOSE talks []'] },
  { body: 'Eritrea is ready to put forward a new peace plan at the next round, its foreign minister said.', want: ['ERI PROPOSE talks []'] },
]);

claimCases('an offer of its own step or service stays an offer', [
  { body: 'Qatar is ready to offer its mediation to Israel and Hamas, the foreign ministry said.', want: ['QAT OFFER talks []'] },
  { body: 'Turkey promised to send troops to a peacekeeping force in Gaza.', want: ['TUR OFFER security_guarantees []'] },
]);
