// The subject of a verb of receiving takes no stance of its own: a passive offer names who would receive it
// (trigger/passive-offer); a condition set on a receiver that acts itself is the giver's term, not the receiver's
// demand (trigger/recipient-terms). Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('a receiver holds no stance', [
  { body: 'Armenia would be offered limited relief from sanctions.', want: [] },
  { body: 'Serbia has been promised security guarantees.', want: [] },
  { body: 'Armenia would receive further weapons only if it agreed to take part in peace talks with Baku.', want: [] },
  { body: 'Serbia would be offered relief from sanctions, but only if it signed the accord with Kosovo.', want: [] },
  // (The offerer in the active, and a holder that receives in its own condition, keep their stances.)
  { body: 'Turkey offered to host talks between Armenia and Azerbaijan.', want: ['TUR OFFER talks []'] },
  { body: 'Azerbaijan would halt strikes only if it received security guarantees.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND security_guarantees []'] },
]);
