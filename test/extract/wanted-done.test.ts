// What a party wants done to a thing is an act it demands (trigger/want-needs-act, wanted-act.ts wantedDone): the
// past participle may stand after a longer noun phrase ("wants the oil pipeline from Kirkuk to Ceyhan reopened",
// "wanted the central bank, its main lender, reconnected to SWIFT"), after a pronoun ("wants it returned to its
// control", "wants them released"). A participle that describes the thing and is followed by its own object or
// verb wants nothing done ("wants the agreement signed last year to hold" is thingToAct's). Sentences written for
// this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a thing wanted done, after a longer noun phrase or a pronoun', [
  { body: 'Belgrade wants the special police units of Kosovo in the northern municipalities withdrawn, Vucic said.', want: ['SRB DEMAND territory []'] },
  { body: 'Armenia wants the detained soldiers held in Baku since 2020 released, Pashinyan said on Monday.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'Azerbaijan says Zangezur is a corridor and Baku wants it opened without Armenian checkpoints.', want: ['AZE DEMAND other []'] },
  { body: 'Pashinyan said the hostages were still held and that Armenia wants them released without conditions.', want: ['ARM DEMAND other []'] },
]);

claimCases('nothing done, or nothing of the settlement, is no demand', [
  { body: 'Vucic said Serbia wants the people of the northern municipalities to live in peace.', want: [] },
  { body: 'Pashinyan wants it understood that he will stand in the election in June.', want: [] },
]);
