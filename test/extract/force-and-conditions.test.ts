// Three small families met in explainers of a leader's terms. Reaching an aim by arms is a threat
// (trigger/harmful-act, 'byForce'): what force would achieve is the land in dispute, territory. A party inside a
// condition that closes before the stance is not the main clause's subject (holder/nearest-subject). Who may sign
// for a state ("legitimate authorities") is governance. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('reaching an aim by force threatens', [
  { body: 'Aliyev said Baku would resolve the issue militarily.', want: ['AZE THREATEN territory []'] },
  { body: 'Israel will achieve its war aims by force, Netanyahu said.', want: ['ISR THREATEN territory []'] },
  { body: 'If they do not withdraw, we will achieve this by military means, Aliyev said.', want: ['AZE THREATEN territory []', 'AZE DEMAND territory []'] },
  // (Reaching an aim otherwise is no threat.)
  { body: 'Aliyev said Baku would achieve a lasting peace through talks.', want: [] },
  { body: 'The two sides hope to resolve the issue at the next round.', want: [] },
]);

claimCases('a party inside a closed condition is not the subject', [
  {
    body: '"If Belgrade withdraws the police units it deployed, then the shooting will stop," Kurti said.',
    want: ['XKX OFFER ceasefire []', 'XKX DEMAND territory []'],
  },
  { body: '"If Kyiv pulls its troops out of the Kursk region, then the strikes will stop," Peskov said.', want: ['RUS OFFER ceasefire []', 'RUS DEMAND territory [RU-KRS]'] },
  // (A party after the condition is the subject.)
  { body: 'If Belgrade recognises Kosovo, Pristina will guarantee the rights of the Serb minority.', want: ['XKX OFFER rights []', 'XKX DEMAND recognition []'] },
]);

claimCases('who may sign for a state is governance', [
  { body: 'Aliyev said that any treaty would have to be signed by a legitimate government in Yerevan.', want: ['AZE DEMAND governance []'] },
  { body: 'The legitimate government of Sudan rejected the plan.', want: ['SDN REJECT talks []'] },
]);
