// A vote of a legislature, or "vote" as the verb a party votes with, names no election (content/legislative-vote):
// "would put the guarantees to the Senate for a vote" offers guarantees, no governance; holding a vote stays
// governance.
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a legislature\'s vote names no election', [
  { body: 'U.S. officials said Washington was offering Armenia guarantees modeled on Article 5 and would put them to the U.S. Senate for a vote.', want: ['USA OFFER security_guarantees []'] },
  { body: '"We cannot vote for something that will destroy our own economy," the Slovak prime minister said of the sanctions package.', want: [] },
], (c) => c.issue === 'governance' || c.issue === 'security_guarantees');

claimCases('holding a vote stays governance', [
  { body: 'Armenia is ready to hold a vote within 90 days of a ceasefire, Pashinyan said.', want: ['ARM OFFER governance []'] },
], (c) => c.issue === 'governance');
