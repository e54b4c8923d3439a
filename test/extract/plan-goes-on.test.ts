// A plan that "goes on to" a verb of demanding or providing, or whose verb follows "further", "then" or
// "additionally", still speaks for its authors, also as "it" in the next sentence (candidate/plan-goes-on, with
// candidate/document-provision and the plan's "it", rules.json itVerbs). And a free relative with a base form after an
// auxiliary, "what Baku would expect in a final settlement: …", introduces the party's list as "what Baku wants: …"
// does (candidate/free-relative-list). Sentences written for this test, with other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a plan going on to demand, further requiring', [
  {
    body: 'Armenia\'s peace formula was presented in Geneva on Monday. It goes on to demand the release of all prisoners and the withdrawal of all Azerbaijani troops from Armenian territory.',
    want: ['ARM DEMAND humanitarian []', 'ARM DEMAND territory []'],
  },
  // paraphrase: "further" before the plan's verb (a plan of a party not at war here: its proposal, sentence/plan-proposes)
  {
    body: 'Kosovo\'s draft agreement was handed to the EU envoy. It further requires the withdrawal of Serbian police from the north.',
    want: ['XKX PROPOSE territory []'],
  },
  // paraphrase: the plan named as subject, "then goes on to call for"
  {
    body: 'The Sudanese army\'s roadmap, drafted by Khartoum, starts with humanitarian access. The roadmap then goes on to call for the withdrawal of the Rapid Support Forces from El Fasher.',
    // (The first sentence's plan, with what it starts with, is the roadmap's proposal.)
    want: ['SDN DEMAND territory []', 'SDN PROPOSE humanitarian []'],
  },
], (c) => c.type === 'DEMAND' || c.type === 'PROPOSE');

claimCases('a free relative with a base form after an auxiliary introduces a list', [
  {
    body: 'Aliyev listed what Baku would expect in a final settlement: the demilitarisation of Armenia and the lifting of sanctions on Azerbaijani banks.',
    want: ['AZE DEMAND military_limits []', 'AZE DEMAND sanctions []'],
  },
  // paraphrase: "could demand", another party
  {
    body: 'Vucic explained what Belgrade could demand from Pristina: the withdrawal of Kosovo police from the north.',
    want: ['SRB DEMAND territory []'],
  },
], (c) => c.type === 'DEMAND');

claimCases('no plan before "it": nothing goes on', [
  // (The sentence before names no plan: "it" is no document.)
  { body: 'Talks in Geneva ended on Monday. It went on to rain all evening.', want: [] },
], (c) => c.type === 'DEMAND');
