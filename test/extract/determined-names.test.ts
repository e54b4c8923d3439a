// A party named with its own article ("the US", "the EU", "the UN") holds a stance noun after it as "the
// American proposal" does (holder/possessor; annotate/mentions.ts): the name's entry brings the determiner that
// makes "US proposal" a noun phrase and not a verb. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a name listed with its article holds the stance noun after it', [
  { body: 'Serbia agreed to the EU proposal for a ceasefire in the north.', want: ['SRB ACCEPT ceasefire []', 'EU PROPOSE ceasefire []'] },
  { body: 'Yerevan welcomed the US proposal for talks in Washington.', want: ['ARM ACCEPT talks []', 'USA PROPOSE talks []'] },
  // (A verb after the name still has the name as its subject.)
  { body: 'Vucic said the US demands that Serbia recognise Kosovo.', want: ['USA DEMAND recognition []'] },
  // (No stance noun after it: nothing.)
  { body: 'Eritrea said it had not seen the UN proposal.', want: [] },
]);

// A held stance noun (a party's adjective or article-name before it) meets three readings that held nouns had wrong:
// a predicate judging it is the speaker's (sentence/complement), "without conditions" does not make it a demand
// (trigger/typed-object), and "its offer" after a comma names the same stance again (content/next-stance-ends-scope,
// content/held-object).
claimCases('a held stance noun: judged, lacking conditions, named again', [
  { body: 'Baku said the Russian proposal for a new round in Geneva was a step in the right direction.', want: ['RUS PROPOSE talks []', 'AZE ACCEPT talks []'] },
  { body: 'Eritrea accepted the Russian proposal for new talks without conditions.', want: ['ERI ACCEPT talks []', 'RUS PROPOSE talks []'] },
  { body: 'Tehran welcomed the Russian proposal, calling its offer of talks with Washington a good start.', want: ['IRN ACCEPT talks []', 'RUS OFFER talks []'] },
  // (Conditions it sets stay a demand.)
  { body: 'Eritrea rejected the Russian proposal for new talks with conditions attached.', want: ['ERI REJECT talks []', 'RUS DEMAND talks []'] },
]);
