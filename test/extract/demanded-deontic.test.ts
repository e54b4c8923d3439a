// A deontic refusal in a demand's that-clause is what the demand wants (sentence/demanded-deontic): "Egypt insisted
// that Sudan's army must not be capped" is Egypt's demand, not a refusal of Sudan's. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a deontic refusal inside a demand', [
  {
    body: 'Egypt insisted that Sudan\'s army must not be capped at a level that would leave it unable to defend itself.',
    want: ['EGY DEMAND military_limits []'],
  },
  {
    body: 'France insisted that Kosovo\'s police must not be disbanded before any talks.',
    want: ['FRA DEMAND talks []'],
  },
  // The demand itself stays, with a party as the clause's subject too.
  {
    body: 'Azerbaijan demanded that Armenia\'s army should not receive new weapons.',
    want: ['AZE DEMAND military_limits []'],
  },
  {
    body: 'Baku insisted that Armenia must not join any military alliance.',
    want: ['AZE DEMAND alliance []'],
  },
]);
