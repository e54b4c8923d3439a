// Openness to a proposal already made accepts it (trigger/open-to-proposal): "open to the Armenian proposal" is an
// ACCEPT; "open to a truce" and "open to the idea of a truce" stay offers. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('open to another\'s proposal: an acceptance', [
  { body: 'Baku said it was open to the Armenian proposal for a truce.', want: ['AZE ACCEPT ceasefire []', 'ARM PROPOSE ceasefire []'] },
  { body: "Ankara is open to Moscow's initiative on prisoners.", want: ['TUR ACCEPT humanitarian []', 'RUS PROPOSE humanitarian []'] },
  { body: 'The UN proposed a truce around the port. Khartoum said it was open to the idea in principle.', want: ['UN PROPOSE ceasefire []', 'SDN ACCEPT ceasefire []'] },
]);

claimCases('open to a thing itself: an offer', [
  { body: 'Belgrade is open to a truce.', want: ['SRB OFFER ceasefire []'] },
  { body: 'Yerevan said it was open to the idea of a truce.', want: ['ARM OFFER ceasefire []'] },
  { body: 'Pristina is ready for a new round of talks.', want: ['XKX OFFER talks []'] },
]);
