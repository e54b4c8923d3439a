// A deontic in the that-clause of a frame of shared position whose subject is several parties, the speaker's
// among them, is held by each (holder/shared-position, issue 7: several parties). Sentences written for this
// test, with other parties.
import { claimCases } from './helpers.js';

claimCases('parties sharing a position each hold it', [
  { body: 'Pashinyan noted that Yerevan and Paris are aligned on the principle that any peace treaty must be approved through a referendum.', want: ['ARM DEMAND governance []', 'FRA DEMAND governance []'] },
  { body: 'Vucic said Belgrade and Budapest are united in the belief that the sanctions on Russia must be lifted.', want: ['SRB DEMAND sanctions []', 'HUN DEMAND sanctions []'] },
]);
