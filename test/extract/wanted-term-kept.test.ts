// A settlement term wanted or expected to be extended or kept, past words that describe it ("wanted the deal, which is
// due to expire in March, to be extended"), is a demand of it (trigger/want-needs-act, wanted-act.ts wantedTermKept).
// Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a term wanted or expected extended or kept past a parenthesis: a demand', [
  { body: 'Serbia wanted the agreement, which is due to expire in March, to be extended by another year.', want: ['SRB DEMAND other []'] },
  { body: 'Baku expected the sanctions on its banks, including those on the central bank, to be lifted as part of the deal.', want: ['AZE DEMAND sanctions []'] },
  { body: 'Khartoum expected the promises made about its aid convoys to be kept.', want: ['SDN DEMAND humanitarian []'] },
  { body: "Pristina expected Serbia's recognition of its independence to be enshrined in any final treaty.", want: ['XKX DEMAND recognition []'] },
]);

claimCases('no term, or no step of keeping it: no demand', [
  { body: 'Serbia expected the talks, which resume on Monday, to be difficult.', want: [] },
  { body: 'Israel expected the weather, which was poor, to be kept in mind.', want: [] },
]);
