// What one party accuses another of is an allegation, neither side's stated stance (trigger/accusation, issue 7:
// precision); the object of a stance past a hyphenated compound is its head ("the Turkish five-point initiative":
// content/object-head, object-phrase.ts). Sentences written for these tests, with other parties.
import { claimCases } from './helpers.js';

claimCases('an accusation is no stance of the accused', [
  { body: 'Erdogan accused Armenia of resisting the EU-backed plan.', want: [] },
  // The accuser's own stance after it stays.
  { body: 'Erdogan accused Armenia of resisting the EU-backed plan and called for new talks in Istanbul.', want: ['TUR PROPOSE talks []'] },
]);

claimCases('a hyphenated compound modifies the object\'s head', [
  // (The initiative names its authors across the hyphenated modifier too, as "the Turkish initiative" does.)
  { body: 'Baku welcomed the Turkish five-point initiative.', want: ['AZE ACCEPT talks []', 'TUR PROPOSE talks []'] },
  { body: 'Belgrade rejected the long-term framework drafted in Brussels.', want: ['SRB REJECT talks []'] },
]);

// A stance noun that is the subject of a negated predicate holds none of what the predicate denies
// (content/noun-subject-predicate negatedAuxiliaries).
claimCases('a negated predicate ends its noun subject\'s content', [
  { body: "But Turkey's plan - published last month - does not call for Russia to leave Ukraine.", want: [] },
  { body: "The EU's proposal does not require Serbia to recognise Kosovo.", want: [] },
]);
