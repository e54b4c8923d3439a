// Denying that a proposal deserves a good appraisal refuses it (candidate/denied-appraisal, denied-appraisal.ts):
// "did not see NATO membership for Kyiv as a realistic outcome", "does not consider the draft acceptable", "did not
// believe that X was a realistic option". A party, a report, or a speaker who is no party appraised gives nothing.
// Sentences written for this test, other disputes.
import { claimCases } from './helpers.js';

claimCases('denying that a proposal is realistic or acceptable refuses it (candidate/denied-appraisal)', [
  { body: 'Washington did not see EU membership for Serbia as a realistic outcome of the talks.', want: ['USA REJECT other []'] },
  { body: 'Aliyev said Baku does not consider the deployment of foreign peacekeepers acceptable.', want: ['AZE REJECT security_guarantees []'] },
  { body: 'Blinken said Washington did not believe that a ceasefire in Gaza was a realistic option before the hostages were freed.', want: ['USA REJECT ceasefire []'] },
]);

claimCases('no refusal from a denied appraisal of a party, a report, or an affirmed one', [
  { body: 'Aliyev said Baku did not see Armenia as a threat.', want: [] },
  { body: 'Washington did not consider the report realistic.', want: [] },
  { body: 'Analysts do not see NATO membership for Georgia as realistic.', want: [] },
]);
