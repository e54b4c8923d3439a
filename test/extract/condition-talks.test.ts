// An offer's condition on the talks states a demand when another party acts in it ("once Baku and Yerevan sign a
// framework accord", "if Pristina returns to the talks"): claim/condition-talks. With no party acting ("once the
// talks begin") it only tells when. Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('an offer conditioned on another party acting in the talks', [
  { body: 'Kazakhstan would be willing to join a group of guarantor states once Baku and Yerevan sign a framework accord, its foreign minister said.', want: ['KAZ OFFER security_guarantees []', 'KAZ DEMAND talks []'] },
  { body: 'Serbia would withdraw its police units from the border if Pristina returns to the talks in Brussels, Vucic said.', want: ['SRB OFFER territory []', 'SRB DEMAND talks []'] },
  { body: 'Egypt is ready to send peacekeepers to Gaza as soon as Israel and Hamas sign a peace agreement, the Egyptian foreign minister said.', want: ['EGY OFFER security_guarantees []', 'EGY DEMAND talks []'] },
  { body: 'Eritrea would release the detained Ethiopian soldiers once Addis Ababa agrees to a meeting of the two leaders, an Eritrean official said.', want: ['ERI OFFER humanitarian []', 'ERI DEMAND talks []'] },
  // (No party acts in the condition: it tells when, and demands nothing.)
  { body: 'Azerbaijan would halt the shelling along the border once the talks begin, Aliyev said.', want: ['AZE OFFER ceasefire []'] },
  { body: 'Armenia would withdraw its troops from the border villages if negotiations go well, Pashinyan said.', want: ['ARM OFFER territory []'] },
]);
