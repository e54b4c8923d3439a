// A stance noun after "according to" names where the sentence's stances are written, not another stance
// (trigger/attribution-noun, issue 7: precision). "…, according to Russia's proposals (memorandum) on resolving
// the crisis" gave a second claim, a PROPOSE of talks, from the source's name. Sentences written for these
// tests, with other parties.
import { claimCases } from './helpers.js';

claimCases('a proposal named as the source of a sentence is no stance of its own', [
  { body: "Eritrea must withdraw its troops from Badme, according to Ethiopia's proposals for a peace settlement.", want: ['ETH DEMAND territory []'] },
  { body: "Kosovo would have to grant the Serb municipalities self-rule, according to the Serbian proposals for a settlement.", want: [] },
  { body: "No foreign troops would stay in Karabakh, according to Azerbaijan's plan for a peace settlement.", want: [] },
]);

// The same nouns as stances still are ones.
claimCases('a proposal that is the stance itself still counts', [
  { body: "Ethiopia's proposals for a peace settlement were rejected by Eritrea.", want: ['ERI REJECT talks []', 'ETH PROPOSE talks []'] },
  { body: "Serbia made proposals for resolving the crisis through talks in Brussels.", want: ['SRB PROPOSE talks []'] },
]);
