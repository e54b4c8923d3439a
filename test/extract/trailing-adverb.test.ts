// An adverbial cue that closes the clause of a stance verb before it only qualifies that stance
// (trigger/trailing-adverb): "agreed with the proposals ... 'in principle', but ..." is one acceptance, not a second
// one whose issue is read from the sentence before. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('"in principle" after the stance it qualifies', [
  {
    body: 'Washington proposed a cap on the size of the Armenian army. Aliyev said Azerbaijan agreed with the proposals to halt the shelling "in principle", but that there were nuances.',
    want: ['USA PROPOSE military_limits []', 'AZE ACCEPT ceasefire []'],
  },
  { body: 'Belgrade accepted the EU plan for Kosovo in principle.', want: ['SRB ACCEPT talks []', 'EU PROPOSE talks []'] },
]);

claimCases('"in principle" before its object stays a stance', [
  { body: 'Khartoum agreed in principle to a truce.', want: ['SDN ACCEPT ceasefire []'] },
  { body: 'Washington proposed a truce. Asked about it, Yerevan said it accepted in principle the American proposal.', want: ['USA PROPOSE ceasefire []', 'ARM ACCEPT ceasefire []'] },
]);
