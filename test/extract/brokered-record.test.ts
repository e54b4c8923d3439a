// A go-between's record told in a relative clause in the perfect ("Oman, which has helped arrange several earlier
// swaps, …") is a past act, no proposal (trigger/brokered-record); what it says it will do next is the stance, and
// arranging now or ahead ("is arranging a prisoner swap", "had begun arranging a meeting") still proposes.
// Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases("a go-between's record is no proposal", [
  { body: 'Oman, which has quietly arranged the release of dozens of detainees held in Iran, said it was willing to mediate a larger exchange of prisoners.', want: ['OMN OFFER humanitarian []'] },
  { body: 'Oman, which has helped arrange several earlier prisoner swaps between Iran and the United States, said it was ready to mediate another one.', want: ['OMN OFFER talks []'] },
  { body: 'Switzerland, which has already organised two rounds of talks between Armenia and Azerbaijan, said it was willing to host further talks.', want: ['CHE OFFER talks []'] },
  // (Arranging now or ahead proposes what is arranged.)
  { body: 'Oman is arranging a prisoner swap between Iran and the United States, officials said.', want: ['OMN PROPOSE humanitarian []'] },
  { body: 'Trump said he had begun arranging a meeting between Aliyev and Pashinyan.', want: ['USA PROPOSE talks []'] },
]);
