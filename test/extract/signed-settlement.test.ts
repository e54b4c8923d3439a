// A refusal to sign a settlement named but not described (content/bare-signing 'objects'): "Moscow will not sign any
// deal until Ukraine withdraws from Donbas" refuses the agreement itself, the talks (spec rule 9), and its condition
// states the demand. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a negated signing of a named agreement is a refusal on talks', [
  { body: 'Moscow will not sign any deal until Ukraine withdraws from Donbas.', want: ['RUS REJECT talks []', 'RUS DEMAND territory [UA-09,UA-14]'] },
  { body: 'Kyiv proposed a ceasefire. Moscow said it would not sign any agreement unless Ukraine withdrew from Donbas.', want: ['RUS REJECT talks []', 'RUS DEMAND territory [UA-09,UA-14]'] },
  { body: 'Azerbaijan will not sign an agreement until Armenia changes its constitution, Aliyev said.', want: ['AZE REJECT talks []', 'AZE DEMAND governance []'] },
  { body: 'Israel would not sign any deal, Netanyahu said.', want: ['ISR REJECT talks []'] },
], (c) => c.actor !== 'UKR' || c.type !== 'PROPOSE');

claimCases('no refusal of the agreement itself: it is described, or signed', [
  // what the deal would do is refused, not the talks
  { body: 'Israel will not sign a deal that leaves Hamas in power in Gaza.', want: [] },
  { body: 'Serbia will sign the agreement, Vucic said.', want: [] },
], (c) => c.type === 'REJECT' && c.issue === 'talks');
