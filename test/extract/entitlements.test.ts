// An entitlement of the speaker's own side is demanded of others, not an obligation of its own
// (sentence/self-obligation 'entitlements', issue 7 recall: stance constructions). Sentences written for this test,
// with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('"should be able to", "must be allowed to" demand', [
  { body: 'Georgia should be allowed to join NATO without a membership action plan, the Georgian foreign minister said.', want: ['GEO DEMAND alliance []'] },
  { body: 'According to the Georgian foreign minister, Tbilisi should be able to skip the Membership Action Plan on its path to NATO accession.', want: ['GEO DEMAND alliance []'] },
  // (An obligation of its own stays none.)
  { body: 'Georgia must be ready to defend itself, the Georgian foreign minister said.', want: [] },
]);
