// The situation at the front, on the battlefield or on the ground is the front as it stands: a settlement that must
// reflect it is about who holds the land (issue 7, issue gate: territory terms in issues.json). Sentences written
// for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('reflecting the situation at the front is a territorial demand', [
  { body: 'Baku says any peace treaty must reflect the situation on the battlefield.', want: ['AZE DEMAND territory []'] },
  { body: 'Moscow insists that any settlement must reflect the situation at the front.', want: ['RUS DEMAND territory []'] },
]);

claimCases('a ceasefire at the front is still a ceasefire', [
  { body: 'Kyiv demanded a ceasefire at the front.', want: ['UKR DEMAND ceasefire []'] },
]);
