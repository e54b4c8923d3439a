// trigger/plan-requirement: a requirement set on every possible plan ("no plan could work unless …", "would consider no
// proposal that did not …", "any deal must include …", "would accept only a deal that began with …") is the speaker's
// demand of what the plan must contain, not a reference back to a plan already reported (trigger/reference-back).
// Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a requirement on any plan is a demand of its content', [
  { body: 'Aliyev said that no peace plan could work unless it recognised Azerbaijan\'s sovereignty over Karabakh.', want: ['AZE DEMAND recognition []'] },
  { body: 'Kurti said Kosovo would consider no proposal that did not include mutual recognition.', want: ['XKX DEMAND recognition []'] },
  { body: 'Abiy said Ethiopia would accept only a deal that began with the withdrawal of Eritrean troops from Tigray.', want: ['ETH DEMAND territory []'] },
  { body: 'Netanyahu said any deal would have to include the release of all hostages.', want: ['ISR DEMAND humanitarian []'] },
]);

claimCases('no requirement: a plan under "no" or "any" that states a fact', [
  { body: 'No plan has been presented so far, officials said.', want: [] },
  { body: 'Any deal has been rejected by Hamas.', want: [] },
  { body: 'Vucic said Serbia had received no proposal that would include recognition.', want: [] },
  { body: 'No deal could be signed unless the parliament met, Vucic said.', want: [] },
]);
