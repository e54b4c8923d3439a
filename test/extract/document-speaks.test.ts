// A plan noun at the head of its sentence whose verb its authors hold speaks through that verb: the noun alone is no
// second claim on the talks (sentence/document-speaks). Sentences written for this test, with other parties and places
// than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the plan speaks through its verb: one claim, on what the verb says', [
  {
    body: 'The EU peace plan discussed with Belgrade last month had envisaged lifting the sanctions on Serbian banks.',
    want: ['EU PROPOSE sanctions []'],
  },
  // paraphrase: a participle after the noun, then the verb
  {
    body: 'The original Turkish peace plan presented in May proposed a ceasefire along the current line in Karabakh.',
    want: ['TUR PROPOSE ceasefire []'],
  },
  // paraphrase: a modal verb of the plan
  {
    body: 'The US peace plan unveiled last week would have put the frozen Sudanese assets into a reconstruction fund.',
    want: ['USA PROPOSE sanctions []'],
  },
], (c) => c.type === 'PROPOSE');

claimCases('a plan noun that is no subject of its authors\' verb still proposes', [
  { body: 'Armenia rejected the Azerbaijani peace plan on Tuesday.', want: ['AZE PROPOSE talks []'] },
], (c) => c.type === 'PROPOSE');
