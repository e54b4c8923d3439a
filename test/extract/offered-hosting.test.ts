// An offer to host that names nothing hosted offers the venue of the talks (content/offered-hosting): "Switzerland
// offered to keep hosting", "ready to keep hosting such efforts". An offer whose own words name an issue keeps it, and
// hosting people is no talks. Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('an offer to host, naming nothing hosted, offers the talks', [
  { body: 'Armenia and Azerbaijan met in Astana on Friday. Kazakhstan offered to keep hosting.', want: ['KAZ OFFER talks []'] },
  { body: 'Ethiopia and Eritrea met in Nairobi. Kenya said it was ready to keep hosting such efforts.', want: ['KEN OFFER talks []'] },
  { body: 'Israel and Hamas negotiators met in Doha. Qatar offered to host.', want: ['QAT OFFER talks []'] },
]);

claimCases('hosting that names its own object', [
  // (People hosted: no talks.)
  { body: 'Jordan offered to host refugees from Gaza.', want: [] },
  // (The offer's own words name the issue.)
  { body: 'Armenia said it would not host foreign military bases.', want: ['ARM OFFER security_guarantees []'] },
  { body: 'Serbia and Kosovo met in Geneva. Switzerland offered to host them again.', want: ['CHE OFFER talks []'] },
]);
