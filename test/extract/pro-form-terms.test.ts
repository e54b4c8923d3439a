// "…, terms that Yerevan rejects": a plural stance pro-form set off by a comma ("terms", "conditions", "demands")
// stands for the clause before it, so the refusal is of what that clause names, not of "terms" as talks; and the
// demand before the comma does not take the pro-form as its own content (content/apposition). Sentences written
// for this test.
import { claimCases } from './helpers.js';

claimCases('plural pro-forms in apposition', [
  {
    body: 'Azerbaijan wants Armenia to give up the border villages and abandon its plans to join NATO, terms that Yerevan rejects.',
    want: ['AZE DEMAND territory []', 'AZE DEMAND alliance []', 'ARM REJECT alliance []'],
  },
  {
    body: 'Hamas wants Israel to withdraw all its troops from Gaza, conditions that Israeli officials reject outright.',
    want: ['ISR REJECT territory []'],
  },
  // A relative clause on a noun of its own keeps that noun as its content.
  {
    body: 'Israel rejected the ceasefire terms that Hamas proposed.',
    want: ['ISR REJECT ceasefire []'],
  },
  {
    body: 'Baku demanded the return of the border villages, a step Yerevan has long resisted.',
    want: ['AZE DEMAND other []', 'ARM REJECT other []'],
  },
]);
