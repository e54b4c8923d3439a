// A plan with a participle phrase of its authors and a relative clause set off by commas still heads its clause: its
// verb after the closing comma states what it provides for, and the next sentences in the conditional go on listing its
// points (candidate/document-provision). Lines or a front said to be frozen are a ceasefire along them (issues.json,
// ceasefire frames). Sentences written for this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a plan past its participle phrase and relative clause provides for what follows', [
  {
    body: 'The 14-point plan drafted by Qatari envoy Mohammed Al-Khulaifi and Egyptian envoy Hassan Rashad, which circulated last week, would require Israel to withdraw from the Rafah crossing. Gaza City and Khan Younis would be placed under a technocratic committee, while the lines in the north would be frozen.',
    // (A second titled envoy is no co-author: discourse/statement-signatories.)
    want: ['QAT PROPOSE territory []', 'QAT PROPOSE governance []', 'QAT PROPOSE ceasefire []'],
  },
], (c) => c.type === 'PROPOSE');

claimCases('frozen lines are a ceasefire, frozen assets are not', [
  { body: 'Under the Turkish plan, the lines in the Kherson and Zaporizhzhia regions would be frozen.', want: ['TUR PROPOSE ceasefire [UA-23,UA-65]'] },
  { body: 'Under the Turkish plan, the front in the south would be frozen where it stands.', want: ['TUR PROPOSE ceasefire []'] },
  { body: 'Under the EU plan, the assets held in Belgium would remain frozen.', want: ['EU PROPOSE sanctions []'] },
], (c) => c.type === 'PROPOSE');
