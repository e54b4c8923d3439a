// A stance in a ", which" clause right after a document whose authors are known is the document's
// (holder/relative-which-document), not the stance of a party named earlier in the sentence. Sentences written for
// this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a ", which" clause after an authored document is held by its authors', [
  { body: 'Armenia has not replied to the Azerbaijani memorandum delivered last week, which demands the withdrawal of Armenian troops from the border villages.', want: ['AZE DEMAND territory []'] },
  // ("which" as the object of a party's own verb: that party holds its stance.)
  { body: 'Pristina published a plan for talks on the north, which Belgrade promptly rejected.', want: ['XKX PROPOSE talks []', 'SRB REJECT talks []'] },
]);

// (Only the clause's ceasefire is asked about here: "handed over" is read as a stance of its own.)
claimCases('a ", which" clause after an authored document past a participle phrase', [
  { body: 'Serbian envoy Petar Petkovic noted that Pristina had not yet replied to the Serbian memorandum handed over in June, which sets out the conditions for a ceasefire.', want: ['SRB DEMAND ceasefire []'] },
], (c) => c.issue === 'ceasefire');
