// A third party's offer to help bring peace (not only its readiness) offers its good offices, the talks
// (content/peace-role 'cues': "willing" and "offer"). Sentences written for this test, with other parties and places
// than the corpus's.
import { claimCases } from './helpers.js';

claimCases('an offer made to help towards peace is an offer of the talks', [
  {
    body: 'Kenyan President William Ruto said Kenya was not taking sides in Sudan and was offering to help build "a pathway to peace".',
    want: ['KEN OFFER talks []'],
  },
  // paraphrase: "offered to help settle"
  {
    body: 'Qatar on Tuesday offered to help settle the dispute between Ethiopia and Eritrea.',
    want: ['QAT OFFER talks []'],
  },
  // paraphrase: readiness, as before
  {
    body: 'Norway said it was ready to help bring Serbia and Kosovo closer to a peaceful solution.',
    want: ['NOR OFFER talks []'],
  },
  // (A side at war offering to help: not a go-between's role, no talks claim from this rule.)
  {
    body: 'Armenia and Azerbaijan met in Almaty. Armenia offered to help resolve the matter of the border villages.',
    want: [],
  },
], (c) => c.type === 'OFFER' && c.issue === 'talks');
