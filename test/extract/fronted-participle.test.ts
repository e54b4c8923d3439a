// A fronted participle's phrase ends at its comma: the parties in it ("Speaking alongside the EU's foreign policy
// chief, Vucic said … and called for …") are its objects, never the subject a coordinated stance verb shares
// (holder/coordinated-verb), nor joined to that subject. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a fronted participle\'s parties hold no coordinated stance', [
  { body: 'Speaking alongside the EU foreign policy chief, Vucic said he was disappointed and called for talks in Brussels.', want: ['SRB DEMAND talks []'] },
  { body: 'Meeting Macron in Paris, Pashinyan said he was hopeful and offered to sign the peace treaty this year.', want: ['ARM OFFER talks []'] },
  { body: 'Standing next to the NATO secretary-general, Erdogan said he was worried and offered to host talks in Istanbul.', want: ['TUR OFFER talks []'] },
  // (A coordination in the clause itself still holds together.)
  { body: 'Speaking in Geneva, Armenia and Azerbaijan said they were hopeful and agreed to a prisoner exchange.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
]);
