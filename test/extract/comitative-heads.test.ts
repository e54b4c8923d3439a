// The heads or officials of an institution joined to the subject between commas ("…, together with EU and NATO chiefs,
// issued …", "…, together with the heads of the African Union institutions, called for …") hold the stance with it,
// one claim per party (spec rule 8; discourse/comitative-heads). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the heads of an institution joined to the subject hold the stance for it', [
  { body: 'On Monday, the leaders of Germany, France and Italy, together with EU and NATO chiefs, issued a joint statement pledging troops for a peacekeeping force in Armenia.', want: ['DEU OFFER security_guarantees []', 'FRA OFFER security_guarantees []', 'ITA OFFER security_guarantees []', 'EU OFFER security_guarantees []', 'NATO OFFER security_guarantees []'] },
  { body: 'The prime ministers of Kenya and Uganda, together with the heads of the African Union institutions, called for an immediate ceasefire in Sudan.', want: ['KEN DEMAND ceasefire []', 'UGA DEMAND ceasefire []', 'AU DEMAND ceasefire []'] },
  { body: 'The leaders of Germany, Britain and Italy, together with the heads of the EU institutions, issued a joint statement. They committed to a peacekeeping force for Kosovo.', want: ['DEU OFFER security_guarantees []', 'GBR OFFER security_guarantees []', 'ITA OFFER security_guarantees []', 'EU OFFER security_guarantees []'] },
]);

claimCases('negatives: officials met or talked to are no co-holders', [
  { body: 'Azerbaijan met EU and NATO chiefs on Monday and called for a ceasefire with Armenia.', want: ['AZE DEMAND ceasefire []'] },
  { body: 'Ethiopia held talks with Eritrean officials, together with the heads of the AU institutions, and Kenya called for a ceasefire.', want: ['KEN PROPOSE ceasefire []'] },
]);
