// Refusing to go back to something refuses it (issue 7, stance constructions: refusals; cue family no-more), and
// named negotiating formats are talks. Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('not going back to a format refuses it', [
  { body: '"We are not going back to endless Minsk-style talks," Aliyev said.', want: ['AZE REJECT talks []'] },
  { body: 'Aliyev said there was no return to the OSCE-led talks.', want: ['AZE REJECT talks []'] },
  { body: 'Belgrade will never go back to the old rounds of talks, Vucic said.', want: ['SRB REJECT talks []'] },
]);

claimCases('going back to a place is no stance', [
  { body: 'Aliyev said he was not going back to Moscow next week.', want: [] },
]);
