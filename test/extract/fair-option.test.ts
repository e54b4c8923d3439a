// A fair or reasonable way out named by a speaker ("the fair option is to stay where the armies stand") is a
// compromise it puts forward: PROPOSE, where the best or only way out is its DEMAND (candidate/preferred-outcome,
// rules.json 'proposeWords'). Staying, halting or freezing "where" the armies are is freezing the line: ceasefire
// (issues.json, the ceasefire frame on 'where'). Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('a fair or reasonable way out: PROPOSE', [
  { body: 'Aliyev said the fairest option was to freeze the fighting along the existing line.', want: ['AZE PROPOSE ceasefire []'] },
  { body: '"The fair option is: we stand where we stand," Pashinyan told reporters on Monday.', want: ['ARM PROPOSE ceasefire []'] },
  { body: 'Abiy Ahmed said a reasonable solution would be to stay where the armies stand now.', want: ['ETH PROPOSE ceasefire []'] },
  { body: 'Kurti has said the most realistic option is talks in Brussels.', want: ['XKX PROPOSE talks []'] },
]);

claimCases('the best or only way out stays a demand; staying where one stands on a question is no freeze', [
  { body: 'Aliyev said the best option was to freeze the conflict.', want: ['AZE DEMAND ceasefire []'] },
  { body: 'Vucic said he would stand where he stood in 2008.', want: [] },
  { body: 'Netanyahu said it was fair to ask where Hamas stands.', want: [] },
  { body: 'The analyst said the fairest option was unclear.', want: [] },
]);

claimCases('a freeze where the armies are, wanted or offered', [
  // (A wish shaped by the present line is put forward, PROPOSE: content/wanted-line.)
  { body: 'Pashinyan wants the front to be frozen where it is.', want: ['ARM PROPOSE ceasefire []'] },
]);
