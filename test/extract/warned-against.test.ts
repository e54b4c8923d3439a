// A warning to an addressee against a step (candidate/warned-against): "Russia warned European countries against
// sending troops to Ukraine" refuses the deployment as "warned against the deployment" does. Sentences written for
// this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the step an addressee is warned against is refused by the one who warns', [
  { body: 'Russia warned European countries against sending troops to Ukraine.', want: ['RUS REJECT security_guarantees []'] },
  { body: 'The Kremlin has warned the West against supplying long-range missiles to Kyiv.', want: ['RUS REJECT military_limits []'] },
  { body: 'Belgrade warned Pristina and its Western backers against any recognition of the northern municipalities\' secession.', want: ['SRB REJECT recognition []'] },
  { body: 'Beijing cautioned Washington against new arms sales to Taipei.', want: ['CHN REJECT military_limits []'] },
  { body: 'The Kremlin warned Kyiv\'s allies against any attempt to seize Russian assets.', want: ['RUS REJECT sanctions []'] },
], (c) => c.type === 'REJECT');

claimCases('no refusal: no party warns, or the warning states a consequence', [
  { body: 'Analysts warned investors against betting on a quick ceasefire.', want: [] },
  // "warned X that …": a threat, read by the warning rules
  { body: 'Peskov warned Kyiv that any attack on Crimea would be met with force.', want: [] },
], (c) => c.type === 'REJECT');
