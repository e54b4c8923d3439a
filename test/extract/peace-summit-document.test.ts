// A document with no author named, issued by a summit or conference held for peace in one party, speaks for that party
// (discourse/peace-summit-document); a plan's sentence-initial "It" with a particle of leaving out states no content
// (discourse/documents 'itExcluding'). Sentences written for these tests.
import { claimCases } from './helpers.js';

claimCases('the final document of a peace summit on one party is that party\'s', [
  { body: 'Some 60 countries signed the final communiqué of the two-day Summit on Peace in Sudan, which ended in Geneva on Sunday. It calls for the release of all prisoners of war through a complete exchange.', want: ['SDN DEMAND humanitarian []'] },
  { body: 'The peace conference on Armenia closed in Vienna on Sunday with a joint declaration. The document calls for the release of all prisoners of war.', want: ['ARM PROPOSE humanitarian []'] },
  { body: 'The Kosovo peace summit ended with a final communiqué on Friday. The communiqué calls for the release of all detainees held since the clashes.', want: ['XKX DEMAND humanitarian []'] },
]);

claimCases('no peace summit, or a summit on two parties: no author', [
  { body: 'The London summit on Sudan ended with a communiqué on Sunday. It calls for the release of all prisoners of war.', want: [] },
  { body: 'The peace conference on Armenia and Azerbaijan closed with a joint declaration. The document calls for the release of all prisoners of war.', want: [] },
]);

claimCases('a plan\'s "It sets aside" leaves the issue out', [
  { body: 'The final communiqué of the Summit on Peace in Sudan was adopted on Sunday. It sets aside territory and security arrangements.', want: [] },
]);
