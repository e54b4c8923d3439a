// An effort noun right after a word of fighting is a party's own war effort, not a plan noun of
// content/plan-is-talks (content/war-effort, war-effort.ts): "would not reduce its defence efforts" states conduct of
// the war, a fact (spec §1), not a refusal of the talks. Peace efforts and mediation efforts stay the talks.
// Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases("a party's own war effort: no claim on the talks", [
  { body: 'Armenia would not reduce its defence efforts, the prime minister said on Tuesday.', want: [] },
  { body: 'The Eritrean information minister said Asmara would not weaken its defensive effort on the border.', want: [] },
  { body: "Sudan's army said it would not abandon its war effort against the Rapid Support Forces.", want: [] },
]);

claimCases('efforts toward peace stay the talks', [
  { body: 'Qatar said it would continue its mediation efforts between Israel and Hamas.', want: ['QAT OFFER talks []'] },
  { body: 'Serbia said it would not support the efforts of the EU envoy, calling them one-sided.', want: ['SRB REJECT talks []'] },
]);
