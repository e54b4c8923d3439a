// "The African leaders called for …", "the African delegation proposed …": the African peace mission (led by South Africa)
// speaks as South Africa, as the gold of every tuning set that reports it reads it (actors.json ZAF names: the
// mission, its leaders and delegation; its documents keep the authors the document rules find, see
// appositive-participle.test.ts); "African" alone is no party, and the African Union and single African states keep
// their own codes. Sentences written for this test, with other wordings, places and addressees than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the African mission as a holder', [
  {
    body: 'The African leaders called for the release of all prisoners of war held by both sides.',
    want: ['ZAF PROPOSE humanitarian []'],
  },
  {
    body: 'Meeting in Kigali, the African leaders urged both armies to agree a ceasefire without delay.',
    want: ['ZAF PROPOSE ceasefire []'],
  },
  {
    body: 'In Juba, the African peace mission called for an exchange of all prisoners of war.',
    want: ['ZAF PROPOSE humanitarian []'],
  },
  {
    body: 'The African delegation proposed a ceasefire along the current front line.',
    want: ['ZAF PROPOSE ceasefire []'],
  },
]);

claimCases('other African parties keep their codes', [
  {
    body: 'The African Union called for an immediate ceasefire in Sudan.',
    want: ['AU DEMAND ceasefire []'],
  },
  {
    body: 'South African President Cyril Ramaphosa called for the release of all prisoners.',
    want: ['ZAF PROPOSE humanitarian []'],
  },
  {
    body: 'African grain importers said prices had risen since the war began.',
    want: [],
  },
  // "African" alone is no party: African diplomats, states or markets are not the mission.
  {
    body: 'Two African diplomats said they were refusing a text that blamed Western sanctions.',
    want: [],
  },
]);
