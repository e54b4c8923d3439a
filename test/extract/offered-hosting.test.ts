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

claimCases('hosting or receiving the guests of the talks offers the talks', [
  // (The process or the parties as the object of hosting, after a cue of going on.)
  { body: 'Kenya would keep hosting the process, its foreign minister said.', want: ['KEN OFFER talks []'] },
  { body: 'Oman said it would continue hosting the two delegations for as long as they wished.', want: ['OMN OFFER talks []'] },
  // (A verb of receiving hosts only the parties and their envoys.)
  { body: 'The Holy See confirmed that the Pope is ready to receive the two sides at the Vatican.', want: ['VAT OFFER talks []'] },
  { body: 'Malta stood ready to receive both negotiating teams in Valletta.', want: ['MLT OFFER talks []'] },
  // (A cue that needs its issue named takes the talks from a role of host.)
  { body: 'Norway would stay available as a host, the minister said.', want: ['NOR OFFER talks []'] },
]);

claimCases('receiving or hosting what is no guest of the talks', [
  { body: 'Jordan said it was ready to receive the first convoy on Monday.', want: [] },
  { body: 'Oman was ready to receive the parties\' proposals in writing.', want: [] },
  { body: 'Qatar would keep hosting refugees from the region.', want: [] },
]);
