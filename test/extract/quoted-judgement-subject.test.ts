// A predicate judging a plan, quoted in pieces ('the Armenian proposal was "not constructive" and "does not suit
// us"'), still has the plan as its subject: quotation marks do not count toward the six tokens the subject is sought
// in (content/plan-is-talks); the extension stops at a relative word ('the plan contained demands that were
// "unacceptable"' judges the demands, scoreboard case). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a plan judged in quoted pieces is refused as a whole plan (talks)', [
  { body: 'Aliyev said the Armenian proposal was "not constructive" and "does not suit us".', want: ['AZE REJECT talks []'] },
  // (paraphrase: another plan noun, another judgement)
  { body: 'Vucic said the Kosovo draft was "completely unconstructive" and "does not suit us".', want: ['SRB REJECT talks []'] },
]);

claimCases('a quoted judgement of no plan names no talks', [
  { body: 'Pashinyan said the weather in Yerevan was "not pleasant" and "does not suit us".', want: [] },
]);
