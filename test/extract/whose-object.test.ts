// A stance verb ending a relative clause opened by "whose" is on the antecedent and the noun after "whose"
// (content/whose-object): "a list of 40 detainees whose release it demands". Sentences written for this test, on
// disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a "whose" clause ending on its stance verb', [
  { body: 'Armenia submitted a list of 40 detainees whose release it demands.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'Kosovo named three policemen whose release it seeks.', want: ['XKX DEMAND humanitarian []'] },
  { body: 'Seoul listed the abductees whose repatriation it demands.', want: ['KOR DEMAND humanitarian []'] },
  { body: 'Moscow named the sanctions whose lifting it demands.', want: ['RUS DEMAND sanctions []'] },
  { body: 'Yerevan thanked Doha, whose mediation it welcomed.', want: ['ARM ACCEPT talks []'] },
]);

claimCases('not a "whose" clause whose verb has an object of its own, nor one on no issue', [
  { body: 'Baku named the officials whose statements it rejected as lies.', want: [] },
  { body: 'He met the minister whose resignation the opposition demands.', want: [] },
]);
