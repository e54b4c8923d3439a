// "he agreed with X that … should …": a deontic in the that-clause of a verb of agreeing with another party is that
// party's position endorsed, ACCEPT, not a demand of the speaker's own (holder/agreed-with-that). Sentences written
// for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('agreeing with a party that something should happen accepts it', [
  { body: 'Vucic said he agreed with Kurti that the talks should resume in Brussels.', want: ['SRB ACCEPT talks []'] },
  { body: 'Aliyev also said he agreed with Pashinyan that Armenia\'s security should be guaranteed.', want: ['AZE ACCEPT security_guarantees []'] },
]);

claimCases('negatives: a deontic of one\'s own, or another subject agreeing, stays a demand', [
  { body: 'Vucic said the talks should resume in Brussels.', want: ['SRB DEMAND talks []'] },
  { body: 'Vucic said he told Kurti that the talks should resume in Brussels.', want: ['SRB DEMAND talks []'] },
]);
