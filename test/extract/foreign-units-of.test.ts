// Units or troops "of" foreign, Western, NATO or allied countries are foreign forces: a stance on them is on security
// guarantees (issues.json security_guarantees frame, the noun first, outranking the place term "NATO countries").
// Negatives: foreign bases or troops a state will not host (neutrality, not this frame), and "the foreign minister said
// Russian troops …", where "foreign" is no word of the troops. Sentences written for this test, on other disputes.
import { claimCases, assertNone } from './helpers.js';

claimCases('units of Western/NATO countries in the country: security guarantees', [
  { body: 'Aliyev said units and facilities of Western countries deployed on Armenian territory would be considered legitimate targets.', want: ['AZE THREATEN security_guarantees []'] },
  { body: 'Minsk said any units of NATO countries in Moldova would be legitimate targets.', want: ['BLR THREATEN security_guarantees []'] },
  { body: 'Serbia said it would never accept troops of NATO countries on its soil.', want: ['SRB REJECT security_guarantees []'] },
]);

assertNone([
  'Armenia offered to become a neutral state, without foreign bases or troops on its soil.',
  "Moldova's foreign minister said Russian troops must leave Transnistria without conditions.",
], / security_guarantees /);
