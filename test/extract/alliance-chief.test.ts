// "The alliance chief" is NATO's secretary general (issue 7, holders: role nouns for organisations). Sentences
// written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('the alliance chief speaks for NATO', [
  { body: 'Minsk has no veto over where foreign troops deploy, the alliance chief said.', want: ['NATO REJECT security_guarantees []'] },
  { body: "Moscow has no veto over Moldova's membership, the alliance chief told reporters.", want: ['NATO REJECT alliance []'] },
]);
