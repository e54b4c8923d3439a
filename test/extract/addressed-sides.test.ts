// A third party's call addressed to both sides by name, asking them to act, is a demand (claim/addressed-sides); a
// call addressed to no one, or one to hold talks, stays the mediator's proposal (claim/mediator-proposes).
// Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a call addressed to both sides to act demands it', [
  {
    body: 'The Armenian and Azerbaijani delegations met in Geneva. Turkey urged Armenia and Azerbaijan to halt the shelling along the border.',
    want: ['TUR DEMAND ceasefire []'],
  },
  {
    body: 'Serbia and Kosovo held talks in Brussels on Monday. France called on both sides to "release all detainees" before the next round.',
    want: ['FRA DEMAND humanitarian []'],
  },
]);

claimCases('a call for talks or a call addressed to no one stays a proposal', [
  {
    body: 'The Armenian and Azerbaijani delegations met in Geneva. Turkey urged Armenia and Azerbaijan to start negotiations on a peace treaty.',
    want: ['TUR PROPOSE talks []'],
  },
  {
    body: 'The Armenian and Azerbaijani delegations met in Geneva. Kazakhstan called for a ceasefire between Armenia and Azerbaijan.',
    want: ['KAZ PROPOSE ceasefire []'],
  },
  // ("the parties to the conflict": no infinitive after the addressee.)
  {
    body: 'Serbia and Kosovo held talks in Brussels on Monday. Hungary wants to persuade the parties to the conflict - Serbia and Kosovo - to embark on a path to a ceasefire.',
    want: ['HUN PROPOSE ceasefire []'],
  },
]);
