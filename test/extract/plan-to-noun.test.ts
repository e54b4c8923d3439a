// "plan" or "proposal" before "to" is the noun of a document after a determiner, a possessive or a modifier ("a
// Turkish plan to end the war", "Trump's plan to end the war"): a later "Under the plan, …" states its authors'
// proposals (discourse/documents 'nounBefore'); "Ankara plans to host talks" is a verb and names no document. A
// subject before the document makes it that subject's object, never the speaker of a verb after it
// (holder/document-subject). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('"a plan to …" is a document whose provisions follow', [
  { body: 'A Turkish plan to end the war was presented on Monday. Under the plan, Armenia would not join any military alliance.', want: ['TUR PROPOSE alliance []'] },
  { body: 'Egypt\'s plan to end the fighting was sent to both armies. Under the plan, all prisoners would be exchanged within a month.', want: ['EGY PROPOSE ceasefire []', 'EGY PROPOSE humanitarian []'] },
  // A verb: no document, the sentence's own subject holds its stance.
  { body: 'Turkey plans to host talks in Istanbul. Under the plan, Armenia would not join any military alliance.', want: ['ARM OFFER alliance []'] },
]);

claimCases('a subject before a document makes it an object', [
  { body: 'Vucic called the EU\'s plan to use the frozen funds "robbery" and warned that those involved would face "serious consequences".', want: ['EU PROPOSE sanctions []', 'SRB THREATEN sanctions []'] },
]);
