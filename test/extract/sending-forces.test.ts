// Commitments whose object names the issue only through its words for troops or rounds (issue 7, family 2 of
// the content/no-issue drops): sending, deploying or contributing soldiers or forces is about security
// guarantees as "send troops" is, training a party's troops is a training mission, and further or future rounds
// are the talks as "the next round" is. Sentences written for this test, with parties and places other than the
// corpus's.
import { claimCases } from './helpers.js';

claimCases('sending soldiers or forces, training troops', [
  { body: 'Greece would not send soldiers, the Greek prime minister said.', want: ['GRC REJECT security_guarantees []'] },
  { body: 'The coalition was ready to deploy forces to back a settlement, the British prime minister said.', want: ['GBR OFFER security_guarantees []'] },
  { body: 'Britain offered to train Sudanese troops, the British defence secretary said.', want: ['GBR OFFER security_guarantees []'] },
]);

claimCases('further and future rounds are the talks', [
  { body: 'Oman has offered itself as a host for future rounds.', want: ['OMN OFFER talks []'] },
  { body: 'Qatar has offered to hold further rounds.', want: ['QAT OFFER talks []'] },
]);

claimCases('no stance on forces or talks: war facts, other events to host', [
  { body: 'Soldiers were sent to the front, the Azerbaijani defence ministry said.', want: [] },
  { body: 'Russia will send more troops to the front, the Russian defence minister said.', want: [] },
  { body: 'Russia trained its troops near the border, the Russian defence ministry said.', want: [] },
  { body: 'Qatar is ready to host the World Cup, the emir said.', want: [] },
]);
