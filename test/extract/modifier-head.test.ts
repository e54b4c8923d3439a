// An issue word that modifies a noun naming an issue of its own gives way to it (content/modifier-head): the
// head of the noun phrase names the issue. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a modifier gives way to the issue noun it modifies', [
  {
    body: 'Washington proposed turning the part of the Zaporizhzhia region still held by Ukraine into a demilitarised "free economic zone".',
    want: ['USA PROPOSE territory [UA-23]'],
  },
  {
    body: 'Turkey proposed turning the part of the Kherson region Russia holds into a demilitarized free economic zone.',
    want: ['TUR PROPOSE territory [UA-65]'],
  },
  // (Alone, or before a noun that names no issue, the word keeps its own issue.)
  { body: 'Russia demanded a demilitarised Ukraine, Lavrov said.', want: ['RUS DEMAND military_limits []'] },
  { body: 'Jakarta proposed a demilitarised buffer zone along the line of contact.', want: ['IDN PROPOSE military_limits []'] },
]);
