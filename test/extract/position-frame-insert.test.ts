// A party's position whose copula and "that" stand past an insert ("Armenia's position, he said, was that …",
// "Eritrea's stance on the border has always been that …") holds the stances of the clause after "that", as the plain
// frame does (candidate/position-frame-insert). Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

const scored = (c: { issue: string }) => c.issue !== 'other';

claimCases('the possessor of a position holds its clause past an insert', [
  { body: "Pashinyan met the envoys on Monday. Armenia's position, he said, was that Azerbaijani troops must leave Syunik.", want: ['ARM DEMAND territory []'] },
  { body: "Borrell visited Pristina. Kosovo's position, set out by Kurti in a letter to Brussels, is that Serbian police must leave the north.", want: ['XKX DEMAND territory []'] },
  { body: "The talks stalled again. Eritrea's stance on the border has always been that Ethiopian troops must leave Badme.", want: ['ERI DEMAND territory []'] },
  { body: "Belgrade's position since March has been that Kosovo must not join NATO.", want: ['SRB DEMAND alliance []'] },
], scored);

claimCases('negatives: no "that" after the copula, the speaker or subject decides', [
  { body: "Armenia's position, Aliyev said on Monday, was weak, and Armenia must withdraw from the border villages.", want: ['AZE DEMAND territory []'] },
  { body: "Kosovo's position on the talks is unclear, and Serbia should return to the table, Borrell said.", want: [] },
], scored);
