// A group of negotiators as a stance's subject, with a trailing speaker (holder/trailing-speaker groupSubjects; issue
// 7, holders): "The three delegations agreed to meet again in Abu Dhabi, the Emirati foreign ministry said" is the
// delegations' agreement, reported by the host; it is not the host's. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('the speaker who reports a group\'s stance does not hold it', [
  { body: 'The three delegations agreed to meet again in Abu Dhabi on Friday, the United Arab Emirates\' foreign ministry said.', want: [] },
  { body: 'Negotiators also agreed to exchange all prisoners held since 2020, Qatar\'s foreign ministry said.', want: [] },
  { body: 'The two sides have agreed to set up a joint border commission, the Turkish foreign ministry said on Monday.', want: [] },
], (c) => ['ARE', 'QAT', 'TUR'].includes(c.actor));

claimCases('a clause with no such subject is still the speaker\'s', [
  { body: 'The precondition for any meeting between the leaders is a signed ceasefire, Turkey\'s foreign minister said.', want: ['TUR PROPOSE ceasefire []'] },
]);
