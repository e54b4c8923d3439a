// A need that something removes is no longer there, no one asks for it (trigger/removed-need): "removing the need to
// renew the freeze" is no demand to renew it. A need stated ("stressed the need to …") stays a demand. Sentences
// written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a removed need is no demand', [
  { body: 'Armenia said the deal removed the need to renew the border monitoring mission every six months.', want: [] },
  // (Paraphrase: another verb of removing, and the demand cue's "the need for".)
  { body: 'Azerbaijan said the treaty would eliminate the need for a ceasefire monitoring mission.', want: [] },
]);

claimCases('a need stated stays a demand', [
  { body: 'Armenia stressed the need to renew the border monitoring mission every six months.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Azerbaijan stressed the need for a ceasefire monitoring mission.', want: ['AZE DEMAND security_guarantees []'] },
]);
