// A wish or a demand that ends an object relative clause wants the noun the clause describes
// (content/relative-antecedent, trigger/want-needs-act wantedRelative): "a list of 339 children whom Ukraine wants
// back", "detainees that Armenia wants released", "prisoners whose release Israel is demanding". Before, "whom" and
// "whose" opened no relative clause and a bare "wants" with nothing after it was dropped. Sentences written for this
// test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the noun described by the relative clause is wanted', [
  { body: 'Yerevan gave Baku a list of 23 detainees that Armenia wants released.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'Seoul handed over the names of abductees whom South Korea wants back.', want: ['KOR DEMAND humanitarian []'] },
  { body: 'The Egyptian mediators received a list of prisoners whose release Israel is demanding.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Kyiv handed over a list of 339 children whom Ukraine wants back.', want: ['UKR DEMAND humanitarian []'] },
]);

claimCases('a complement clause, a quoted object or a noun that names no issue: nothing', [
  { body: 'Kurti wrote that Serbia wanted "not normalisation but a pause".', want: [] },
  { body: 'He met the envoy whom Russia wants.', want: [] },
]);
