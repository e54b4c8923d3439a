// A condition qualified by an adjective of necessity or rank ("a very important condition", "an indispensable
// condition", "the only condition"), the predicate of a copula, demands its subject, as "the main condition" and
// "a key condition" do (cues.json demand-noun, trigger/predicate-noun). Sentences written for this test, about disputes
// other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a condition of necessity as the predicate: its subject demanded by the speaker', [
  { body: 'Aliyev told reporters that the withdrawal of Armenian troops from Karabakh was "a very important condition".', want: ['AZE DEMAND territory []'] },
  { body: 'Kurti said the recognition of Kosovo by Serbia remained an indispensable condition.', want: ['XKX DEMAND recognition []'] },
  { body: 'Vucic said the lifting of sanctions on Belgrade was the only condition.', want: ['SRB DEMAND sanctions []'] },
]);

claimCases('no party speaking, or a condition of another kind: no demand', [
  { body: 'Analysts said the withdrawal of Armenian troops from Karabakh was a very important condition.', want: [] },
  { body: 'Two officials, speaking on condition of anonymity, said the talks in Baku had ended.', want: [] },
]);
