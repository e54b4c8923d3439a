// A short time or place adjunct between a verb and its "that" (issue 7, holders): the subject of a verb whose
// that-clause holds a deontic still holds it (holder/that-clause-subject adjunctStarts: "suggested in April that
// Ukraine might have to …"; the verb right before "that" was required). Sentences written for this test, with
// other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('the subject of a verb past an adjunct holds the deontic of its that-clause', [
  { body: "Brazil's President Luiz Inácio Lula da Silva suggested in April that Armenia might have to give up Syunik to secure peace.", want: ['BRA PROPOSE territory []'] },
  // (The hedge, "might have to", makes a third party's obligation a proposal: claim/mediator-proposes 'hedges'.)
  { body: 'Kenyan President William Ruto hinted last week that Ethiopia must pull its forces out of Tigray.', want: ['KEN DEMAND territory []'] },
]);
