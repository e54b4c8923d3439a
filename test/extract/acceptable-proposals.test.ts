// The proposals a party says it would consider or accept, described by what they must hold, are its demand, not a
// proposal of its own (trigger/acceptable-proposals). A go-between named on a meeting is a fact, no proposal
// (trigger/brokered-meeting). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('only proposals that … would be considered', [
  { body: 'Israel would accept only a plan that guarantees the release of all hostages, the prime minister said.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Pakistan would discuss only proposals which include a ceasefire along the Line of Control.', want: ['PAK DEMAND ceasefire []'] },
  { body: 'Ethiopia will consider proposals based on the withdrawal of Eritrean troops from Badme, the minister said.', want: ['ETH DEMAND territory []'] },
  // Near shapes: proposals put forward by the party are its own proposals.
  { body: 'Pakistan presented proposals which include a ceasefire along the Line of Control.', want: ['PAK PROPOSE ceasefire []'] },
]);

claimCases('a go-between of a meeting', [
  { body: 'Israel and Hamas each released 50 prisoners after two days of Egyptian-brokered talks in Cairo.', want: [] },
  { body: 'Qatari-mediated negotiations in Doha between the Sudanese army and the RSF ended on Monday without a deal.', want: [] },
  // A brokered truce or deal is the go-between's proposal.
  { body: 'Hamas questioned the Egyptian-brokered truce proposal at a briefing in Doha.', want: ['EGY PROPOSE ceasefire []'] },
]);
