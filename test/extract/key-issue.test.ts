// Naming the key or main issue of talks names what the speaker wants from them (cue key-issue, a DEMAND); a question
// after it asks and wants nothing (trigger/key-issue-question). Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('the key or main issue named: a demand of it', [
  { body: '"The key issue is an immediate ceasefire and the return of all prisoners," Aliyev\'s office said in a statement.', want: ['AZE DEMAND ceasefire []', 'AZE DEMAND humanitarian []'] },
  { body: 'Pashinyan said the main issue is the withdrawal of Azerbaijani troops.', want: ['ARM DEMAND territory []'] },
  { body: '"The key issue of these talks is the return of all prisoners," the office of President Aliyev said.', want: ['AZE DEMAND humanitarian []'] },
  { body: 'Kurti told reporters the key question was the recognition of Kosovo by Serbia.', want: ['XKX DEMAND recognition []'] },
]);

claimCases('a question after it, or no party speaking: nothing', [
  { body: 'Pashinyan said the key question is whether Azerbaijan will agree to a ceasefire.', want: [] },
  { body: 'The key issue of the talks is whether Baku will sign, Pashinyan said.', want: [] },
  { body: 'The main question remains how the sanctions on Belgrade would be lifted, Kurti said.', want: [] },
  { body: 'Analysts said the key issue was the economy.', want: [] },
]);
