// A party's place in the process is the talks, and an obligation to let it in is no obligation of its own
// (sentence/self-obligation 'entitlements', 'seats'; the talks frame of issues.json for a place in the process):
// "Georgia should have a seat at the table" and "we must be part of any future process" ask others to let the party
// in. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('a place in the process asked for is a demand on the talks', [
  {
    body: 'Armenia met Azerbaijan in Abu Dhabi. Armenia should have a seat at the table whenever the security of the Caucasus is discussed, Yerevan said.',
    want: ['ARM DEMAND talks []'],
  },
  {
    body: 'Eritrea must be part of any future process, the Eritrean information minister said.',
    want: ['ERI DEMAND talks []'],
  },
  {
    body: 'Armenia met Azerbaijan in Abu Dhabi. The Armenian foreign minister said Armenia had to be involved in that process.',
    want: ['ARM DEMAND talks []'],
  },
  {
    body: 'Kosovo must be included in the negotiations, Kurti said.',
    want: ['XKX DEMAND talks []'],
  },
  // Another party's place asked for by a side is its demand too.
  {
    body: 'Serbia said Russia would have to be part of any settlement process.',
    want: ['SRB DEMAND talks []'],
  },
]);

claimCases('no place asked for: the party\'s own duty, or another issue named', [
  // The party's own duty stays its own.
  { body: 'Armenia must be ready for any outcome, Pashinyan said.', want: [] },
  // A term to be included in a deal is that term, not a seat.
  { body: 'Baku said sanctions relief must be part of any deal.', want: ['AZE DEMAND sanctions []'] },
  // Troops involved in a process hold no place at the table.
  { body: 'Analysts said the army had been part of the process of reform.', want: [] },
]);
