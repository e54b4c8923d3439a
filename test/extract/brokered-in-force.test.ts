// A brokered deal told by what it lets or has let happen is in force, a fact of the story, not the go-between's
// proposal (trigger/brokered-in-force); so is the plan noun an apposition right after it describes that way. Brokered
// "discussions" are a meeting, like brokered talks (trigger/brokered-meeting). A brokered truce proposal, or a deal
// told by what it is to do, stays the go-between's proposal. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a brokered deal in force is no proposal', [
  { body: 'Israel said it would resume its part in the Qatar-brokered deal that lets aid trucks enter Gaza.', want: ['ISR OFFER humanitarian []'] },
  { body: 'Prices fell after Russia quit the corridor deal brokered by the UN and Turkey that has allowed Ukraine to ship grain from Odesa.', want: [] },
  // (Paraphrase: an apposition saying who brokered the deal and what it has allowed.)
  { body: 'Ethiopia left the Pretoria Agreement, the arrangement brokered by the African Union that has allowed aid into Tigray.', want: [] },
  { body: 'Two days of US-brokered discussions in Jeddah produced no progress on a ceasefire in Sudan.', want: [] },
]);

claimCases('a brokered proposal stays the go-between\'s', [
  { body: 'Hamas questioned the Egyptian-brokered truce proposal at a briefing in Doha.', want: ['EGY PROPOSE ceasefire []'] },
  { body: 'Israel and Hamas agreed to a US-brokered deal to halt strikes.', want: ['ISR ACCEPT ceasefire []', 'USA PROPOSE ceasefire []'] },
]);
