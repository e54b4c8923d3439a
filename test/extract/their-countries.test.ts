// A plural government noun after "their" ("their countries", "their governments") is the parties "their" stands
// for, one claim each (discourse/pronoun-government). Sentences written for this test, with parties and places
// other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('"their countries" speak for each party "their" stands for', [
  { body: 'The Turkish and Qatari leaders said their countries would deploy troops to Sudan after a peace deal.', want: ['TUR OFFER security_guarantees []', 'QAT OFFER security_guarantees []'] },
  { body: 'The Turkish and Qatari leaders signed a declaration under which their countries would set up military hubs across Sudan after a peace deal.', want: ['TUR OFFER security_guarantees []', 'QAT OFFER security_guarantees []'] },
  { body: 'The Egyptian and Saudi foreign ministers said their governments would host talks between Eritrea and Ethiopia.', want: ['EGY OFFER talks []', 'SAU OFFER talks []'] },
]);

claimCases('no stance: what their countries suffered', [
  { body: 'Kenyan and Ugandan officials said their countries had suffered from the war in Sudan.', want: [] },
]);
