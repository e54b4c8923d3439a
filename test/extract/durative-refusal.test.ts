// A refusal that lasts "as long as" something holds wants it ended (claim/durative-refusal), before or after the
// refusal; a bare refusal to sign, with nothing after it but its condition, refuses the agreement itself
// (content/bare-signing). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a refusal for as long as something holds demands its end', [
  { body: 'Kyiv will not negotiate as long as Russian troops occupy its territory.', want: ['UKR REJECT talks []', 'UKR DEMAND territory []'] },
  { body: 'As long as Hamas keeps its weapons, Israel will not withdraw its troops from Gaza, Netanyahu said.', want: ['ISR REJECT territory []', 'ISR DEMAND military_limits []'] },
  { body: 'As long as Hamas keeps its weapons, Israel will not agree to a permanent ceasefire.', want: ['ISR REJECT ceasefire []', 'ISR DEMAND military_limits []'] },
  { body: 'Belgrade will not recognise Pristina so long as NATO troops remain in northern Kosovo, Vucic said.', want: ['SRB REJECT recognition []', 'SRB DEMAND security_guarantees []'] },
  { body: 'For as long as Armenian troops occupy Azerbaijani territory, Azerbaijan will not sign the peace treaty.', want: ['AZE REJECT talks []', 'AZE DEMAND territory []'] },
  // (An affirmative "if" after a refusal wants nothing ended; an offer "as long as" was a demand already.)
  { body: 'Armenia would not attend if Turkey were invited.', want: ['ARM REJECT talks []'] },
  // (A condition with no issue demands nothing.)
  { body: 'Pristina will not negotiate as long as the weather stays bad.', want: ['XKX REJECT talks []'] },
]);

claimCases('a bare refusal to sign refuses the agreement', [
  { body: "Unless Yerevan withdraws its troops from the enclaves, Baku will not sign, Azerbaijan's foreign minister said.", want: ['AZE REJECT talks []', 'AZE DEMAND territory []'] },
  { body: 'Azerbaijan will not sign unless Armenia changes its constitution.', want: ['AZE REJECT talks []', 'AZE DEMAND governance []'] },
  { body: 'Pristina said it would not sign as long as Serbian troops occupy Kosovo\'s territory.', want: ['XKX REJECT talks []', 'XKX DEMAND territory []'] },
  // (After a stance of another party it answers that stance, content/bare-answer.)
  { body: 'Baku demanded the withdrawal of Armenian troops from the enclaves. Yerevan will not sign.', want: ['AZE DEMAND territory []', 'ARM REJECT territory []'] },
  // (Signing that is no refusal, and a refusal to sign something named.)
  { body: 'Serbia will sign.', want: [] },
  { body: 'Kosovo will not sign the football federation letter.', want: [] },
]);
