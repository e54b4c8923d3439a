// A deontic whose subject a party's possessive opens ("Armenia's constitution would have to be changed") says what the
// speaker wants of that party: with no speaker in its sentence it goes on with the holder carried from before, not the
// possessor (holder/possessor-deontic). Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('the possessor of a deontic subject does not hold it', [
  { body: "Aliyev set out his conditions on Friday. Armenia's constitution would have to be changed.", want: ['AZE DEMAND governance []'] },
  { body: "Vucic listed his terms for a deal on Monday. Kosovo's special police should leave the north.", want: ['SRB DEMAND territory []'] },
  { body: "The Eritrean president repeated his demands in Asmara. Ethiopia's troops must leave Badme.", want: ['ERI DEMAND territory []'] },
  { body: "Aliyev set out his conditions on Friday. Armenia's army must leave the border villages, and Armenia's constitution would have to be changed.", want: ['AZE DEMAND territory []', 'AZE DEMAND governance []'] },
]);

claimCases('negatives: no holder carried, or a speaker named in the sentence', [
  { body: "Israel's security must be guaranteed by any deal.", want: ['ISR DEMAND security_guarantees []'] },
  { body: "Pashinyan spoke in parliament. Armenia's army would never withdraw from Syunik, he said.", want: ['ARM REJECT territory []'] },
]);
