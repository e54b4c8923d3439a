// A second verb joined by "and" under the same affirmative modal is an offer of its own (candidate/coordinated-modal):
// "would order a ceasefire and begin negotiations". Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a coordinated verb under the modal offers too', [
  // (The first verb a cue of its own: "order a truce" read only the truce.)
  { body: 'Khartoum would order a truce and start talks with the RSF in Jeddah, the minister said.', want: ['SDN OFFER ceasefire []', 'SDN OFFER talks []'] },
  {
    body: 'Aliyev said Baku would release the detainees and withdraw its troops from the border villages.',
    want: ['AZE OFFER humanitarian []', 'AZE OFFER territory []'],
  },
  // (Not under a negated modal, nor after a new clause.)
  { body: 'Baku would not release the detainees and withdraw its troops, Aliyev said.', want: ['AZE REJECT humanitarian []', 'AZE REJECT territory []'] },
  { body: 'Baku would release the detainees, officials said, and Yerevan will withdraw its troops.', want: ['AZE OFFER humanitarian []', 'ARM OFFER territory []'] },
]);
