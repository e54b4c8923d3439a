// An offer whose subject opens a relative clause after a preposition and "which" ("a zone from which Serbian troops
// would withdraw", "the provision under which Armenia would withdraw") says what an arrangement provides for, not
// what its subject offers: the arrangement's authors, else the party that puts it forward in the main clause, propose
// it; with neither, it is no one's (holder/relative-arrangement). An arrangement whose own parties are the subject
// ("signed a declaration under which their countries would …") keeps their offer. Sentences written for this test,
// with other parties and places.
import { claimCases } from './helpers.js';

const territory = (c: { issue: string }) => c.issue === 'territory';

claimCases('what an arrangement provides for is not its subject\'s offer', [
  { body: 'At the same time, the provision under which Armenia would withdraw from the border villages was not agreed.', want: [] },
  { body: 'Washington has floated turning the part of Syunik that Armenia still holds into a free economic zone from which Armenian troops would withdraw.', want: ['USA PROPOSE territory []'] },
  { body: 'EU negotiators have floated a demilitarised zone from which Serbian troops would withdraw, an idea Belgrade has not accepted.', want: ['EU PROPOSE territory []'] },
  { body: 'Qatar put forward a plan under which Israel would withdraw from Rafah.', want: ['QAT PROPOSE territory []'] },
  // (The arrangement's own parties offer; a plain "under the plan" keeps its reading.)
  { body: 'Under the plan, Armenia would withdraw from the border villages.', want: ['ARM OFFER territory []'] },
], territory);

claimCases('an arrangement of its own parties stays their offer', [
  { body: 'Paris and London signed a declaration under which their countries would set up military hubs in Moldova.', want: ['FRA OFFER security_guarantees []', 'GBR OFFER security_guarantees []'] },
  { body: 'Pashinyan set out the conditions under which Armenia would negotiate.', want: ['ARM OFFER talks []'] },
]);
