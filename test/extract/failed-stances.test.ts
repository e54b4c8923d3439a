// A stance verb after a verb or adjective of failing and "to" ("failed to agree on a truce", "were unable to agree
// on a venue", "a plan Belgrade has so far failed to accept") reports a stance not taken: no claim (spec §1, the
// absence of a stance; trigger/failed-to). The same verbs without the failure, a refusal, and a threat whose
// condition is the other side's failure stay. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a stance the parties failed to take is no claim', [
  { body: 'The talks ended two days after Aliyev hosted Pashinyan in Baku, where the two leaders failed to agree on a ceasefire.', want: [] },
  { body: 'Armenia and Azerbaijan were unable to agree on a ceasefire in the border villages.', want: [] },
  { body: 'Kurti said Belgrade has so far failed to accept the European proposal for the north.', want: [] },
  { body: 'The ministers met again in Doha but failed to agree on a venue for the next round of talks.', want: [] },
  // (The stance taken stays; so does a refusal, and the demand in a threat's condition.)
  { body: 'Armenia and Azerbaijan agreed on a ceasefire in the border villages.', want: ['ARM ACCEPT ceasefire []', 'AZE ACCEPT ceasefire []'] },
  { body: 'Azerbaijan refused to agree to a ceasefire.', want: ['AZE REJECT ceasefire []'] },
  { body: 'Washington threatened tariffs on Serbia if Belgrade failed to accept the plan.', want: ['USA THREATEN sanctions []', 'USA DEMAND other []'] },
]);
