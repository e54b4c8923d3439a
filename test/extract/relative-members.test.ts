// Parties listed inside a relative clause set off by commas (", which included …,", ", who met …,") describe the
// subject; they do not produce the document after the clause (discourse/relative-members): the author is looked for
// before the clause. Sentences written for this test, with other parties.
import { claimCases } from './helpers.js';

const humanitarian = (c: { issue: string }) => c.issue === 'humanitarian';

claimCases('parties inside a relative clause are no authors', [
  { body: 'Lula said the delegation, which included envoys of Ghana, Kenya and Chile, had come to present a six-point plan. The plan calls for the exchange of all prisoners of war.', want: ['BRA PROPOSE humanitarian []'] },
  { body: 'Erdogan, who met envoys of Armenia and Azerbaijan on Monday, issued a statement. The statement calls for the exchange of all prisoners of war.', want: ['TUR PROPOSE humanitarian []'] },
  // (Named as the subject, outside any relative clause, they are the authors.)
  { body: 'Ghana, Kenya and Chile presented a six-point plan. The plan calls for the exchange of all prisoners of war.', want: ['GHA PROPOSE humanitarian []', 'KEN PROPOSE humanitarian []', 'CHL PROPOSE humanitarian []'] },
], humanitarian);
