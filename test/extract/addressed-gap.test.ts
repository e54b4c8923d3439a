// Asking parties for something demands it, however many parties are addressed (issue 7, several parties): the
// parties between "asking" and "for" do not count in the verb's gap ("Ukraine asking U.S. and European allies for
// long-range missiles"), and a progressive is no passive ("Armenia is asking France for …"). Sentences written for
// this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('asking one or several parties for something demands it', [
  { body: 'Armenia is asking France and the EU for air defence systems.', want: ['ARM DEMAND military_limits []'] },
  { body: 'The talks come with Ukraine asking U.S. and European allies for long-range missiles.', want: ['UKR DEMAND military_limits []'] },
  { body: 'Kyiv asked Washington for long-range missiles.', want: ['UKR DEMAND military_limits []'] },
]);

claimCases('a long gap of other words, or a passive: no demand', [
  { body: 'Kyiv asked reporters and diplomats in the hall to wait for the decision on sanctions.', want: [] },
  { body: 'Serbia was asked by the EU for more time on sanctions.', want: [] },
]);
