// "The two delegations agreed a revised framework", "agreed an exchange of prisoners": "agree" with a direct object
// (the British transitive use) accepts that object as "agreed on" does (cues.json 'agree'; the holder of the
// framework noun had been asked for, holder/noun-needs-possessor, and no verb stance was read). Sentences written
// for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('transitive "agree a/an …"', [
  {
    body: 'Armenia and Azerbaijan agreed a framework for the peace talks on Sunday.',
    want: ['ARM ACCEPT talks []', 'AZE ACCEPT talks []'],
  },
  {
    body: 'Ethiopian and Eritrean negotiators agreed an exchange of all prisoners of war.',
    want: ['ERI ACCEPT humanitarian []', 'ETH ACCEPT humanitarian []'],
  },
  {
    body: 'Serbia agreed a roadmap for talks with Kosovo.',
    want: ['SRB ACCEPT talks []'],
  },
]);

claimCases('no acceptance', [
  // Negated: no stance taken.
  { body: 'Armenia and Azerbaijan did not agree a ceasefire.', want: [] },
  // "agreed the …" before a clause is agreeing that something is so, not accepting a term.
  { body: 'The ministers agreed the meeting had been useful.', want: [] },
  // An object that names no issue of a settlement.
  { body: 'Serbia agreed a loan with the IMF.', want: [] },
]);
