// A guarantee by no party inside a condition is asked for (trigger/passive-promise): "Elections can only be held if
// a long-term ceasefire is achieved, one that is guaranteed by neutral observers" demands the guarantee with the
// ceasefire; it offers nothing. Outside a condition the passive puts an arrangement forward (PROPOSE), and a party as
// the agent promises it. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

const guarantees = (c: { issue: string }) => c.issue === 'security_guarantees';

claimCases('a guarantee by no party inside a condition is demanded', [
  { body: 'Pashinyan said elections could only be held if a lasting truce is reached, one that is guaranteed by international monitors.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Armenia would sign the treaty only if the border is guaranteed by international monitors, Pashinyan said.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Kurti said Kosovo would sign only if a ceasefire is agreed, one that is guaranteed by neutral observers.', want: ['XKX DEMAND security_guarantees []'] },
], guarantees);

claimCases('no condition, or a party as the agent: no demand', [
  // an arrangement put forward, on what is guaranteed
  { body: 'Kurti said the ceasefire line would be guaranteed by neutral observers.', want: ['XKX PROPOSE ceasefire []'] },
  // the agent promises it
  { body: 'Aliyev said the truce would be guaranteed by the United States.', want: ['USA OFFER ceasefire []'] },
]);
