// A frame naming one option of a plan named just before ("Under the first, …") frames what the plan provides for
// (candidate/option-frame). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('an option of a plan named just before is the plan authors\' proposal', [
  { body: 'Azerbaijan\'s draft treaty sets out two options for the border. Under the first, Armenia would withdraw its troops from the Tavush villages.', want: ['AZE DEMAND territory []'] },
  { body: 'The Russian memorandum offers Kyiv two paths to a ceasefire. In the first, Ukraine would withdraw its forces from Donetsk and Luhansk. In the second, Kyiv would have to cap its army and hold elections.', want: ['RUS OFFER ceasefire []', 'RUS DEMAND territory [UA-09,UA-14]', 'RUS DEMAND military_limits []', 'RUS DEMAND governance []'] },
  { body: 'Serbia\'s proposal lists three scenarios. Under the second scenario, Kosovo would recognise the autonomy of the Serb municipalities.', want: ['SRB DEMAND recognition []'] },
]);

claimCases('negatives: no plan named before, no alternatives named, or an ordinal that frames nothing', [
  { body: 'Talks resumed in Istanbul on Monday. Under the first, Ukraine would withdraw its forces from Donetsk, Zelensky said.', want: ['UKR OFFER territory [UA-14]'] },
  { body: 'The Russian memorandum sets out two options. In the first round of talks, Ukraine offered to withdraw its forces from Donetsk.', want: ['UKR OFFER territory [UA-14]'] },
]);

claimCases('negative: a plan named before that names no alternatives frames no "In the first"', [
  { body: 'The Russian memorandum was handed over on Monday. In the first, Ukraine would withdraw its forces from Donetsk, Zelensky said.', want: ['UKR OFFER territory [UA-14]'] },
], (c) => c.actor === 'UKR');
