// A third party's call that the text says is kept up ("continued to call for", "had always called for", "repeatedly
// called for", "repeating its call for") is a standing demand of that party, not an arrangement it puts forward
// (claim/standing-call; spec §2 DEMAND "call on", PROPOSE "puts forward an arrangement"): claim/mediator-proposes does
// not make it a proposal. A plain call, or one "renewed" on a visit (constructions c-PT-02), stays the mediator's
// proposal. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a call kept up is a demand', [
  { body: 'Qatar has continued to call for a ceasefire in Gaza.', want: ['QAT DEMAND ceasefire []'] },
  { body: 'Turkey had always called for an immediate ceasefire between Armenia and Azerbaijan.', want: ['TUR DEMAND ceasefire []'] },
  { body: 'The African Union repeatedly called for a ceasefire in Sudan, the statement said.', want: ['AU DEMAND ceasefire []'] },
  { body: 'The Vatican continues to call for peace talks between Serbia and Kosovo.', want: ['VAT DEMAND talks []'] },
  { body: 'Kenya, repeating its call for a ceasefire in Sudan, offered to host talks.', want: ['KEN DEMAND ceasefire []', 'KEN OFFER talks []'] },
]);

claimCases('a plain or renewed call of a mediator stays a proposal', [
  { body: 'Qatar called for a ceasefire in Gaza.', want: ['QAT PROPOSE ceasefire []'] },
  { body: "Brazil's president renewed his calls for a negotiated settlement between Ethiopia and Eritrea during a visit to Pretoria.", want: ['BRA PROPOSE talks []'] },
  { body: 'Egypt continued to host talks between Israel and Hamas.', want: [] },
]);
