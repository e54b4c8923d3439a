// Preconditions (issue 7, "goals and preconditions"): what may happen only after, at or through something, and
// what only something can bring, make that something the speaker's demand; a deontic "must be a condition of a
// deal" demands its subject. Sentences written for this test, with other parties than the fixtures.
import { claimCases } from './helpers.js';

claimCases('only after, at or through a precondition', [
  { body: 'The Armenian prime minister said the peace treaty could only be signed after Baku withdraws its troops from Armenian land.', want: ['ARM DEMAND territory []'] },
  { body: 'Kyiv said the status of Crimea could be discussed only at a summit of the two presidents.', want: ['UKR DEMAND talks []'] },
  { body: 'The Kremlin said the exchange of the Kursk villages could only be negotiated within the Istanbul format.', want: ['RUS DEMAND talks []'] },
  { body: 'Zelensky said only a direct meeting with Putin would end the war.', want: ['UKR DEMAND talks []'] },
  // A third party's call for talks between the two sides is its proposal (claim/mediator-proposes); a side's
  // call for a meeting with the other side (a party since Kosovo is one) is its demand.
  { body: 'Erdogan said only a direct meeting between Putin and Zelensky can settle the dispute.', want: ['TUR PROPOSE talks []'] },
  { body: 'Vucic said only a direct meeting with Pristina can settle the dispute.', want: ['SRB DEMAND talks []'] },
  // "Only" with no precondition named.
  { body: 'Only two countries can veto the resolution, the Serbian ambassador said.', want: [] },
  { body: 'The vote could only be held on a Sunday, the Armenian electoral commission said.', want: [] },
]);

claimCases('a deontic condition of a deal demands its subject', [
  { body: 'Baku said the withdrawal of Armenian troops from the border villages must be a condition of any peace treaty.', want: ['AZE DEMAND territory []'] },
  { body: 'Aliyev said the withdrawal of Armenian troops must remain the main precondition for a peace treaty.', want: ['AZE DEMAND territory []'] },
]);

// A clause of the subject's own after ", arguing/saying …" is covered by no question before its comma
// (trigger/blocker clauseParticiples); a third party's precondition is its demand (claim/mediator-proposes
// preconditionPredicates), its other deontics its proposals.
claimCases('a precondition argued after a question', [
  { body: 'Erdogan refused to answer questions about whether the deal would include security guarantees for Armenia, arguing a cease-fire must come first.', want: ['TUR DEMAND ceasefire []'] },
  { body: 'Asked whether Baku would sign the treaty this year, Aliyev said a new Armenian constitution must come first.', want: ['AZE DEMAND governance []'] },
  // The question itself still asserts nothing.
  { body: 'It is unclear whether the deal would include security guarantees for Armenia.', want: [] },
]);
