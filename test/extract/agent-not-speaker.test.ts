// A party after "by" in a participle between the stance and a trailing attribution (holder/trailing-speaker
// agentMarks): "…, to come to its defence, ratified by their parliaments, negotiator X said" — "their" (the
// guarantors) is the agent of "ratified", not the speaker, so the guarantors named inside the object do not hold the
// demand. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a party after "by" before the attribution is no speaker', [
  { body: 'Under the proposals, Armenia would not host foreign bases. In return, it wants a group of guarantor countries, among them France, Iran and India, to commit to come to its defence, ratified by their parliaments, a senior Armenian negotiator said.', want: [] },
  { body: 'The precondition for any meeting is a signed ceasefire, backed by Washington and Brussels, a senior Kosovo official said.', want: [] },
], (c) => ['FRA', 'IRN', 'IND', 'USA', 'EU'].includes(c.actor));

claimCases('a speaker named after the comma still holds it', [
  { body: 'The precondition for any meeting between the leaders is a signed ceasefire, Turkey\'s foreign minister said.', want: ['TUR PROPOSE ceasefire []'] },
  { body: 'Any settlement must include the return of all displaced people, India\'s foreign minister said.', want: ['IND DEMAND humanitarian []'] },
]);
