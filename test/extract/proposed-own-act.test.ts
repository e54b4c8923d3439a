// A proposal whose content opens with the proposer as the subject of a modal of offering is its own concession,
// an OFFER (content/proposed-own-act, issue 7: stance constructions; spec §2 OFFER vs PROPOSE). Sentences
// written for these tests, with other parties.
import { claimCases } from './helpers.js';

claimCases('a proposal of the proposer\'s own act is an offer', [
  { body: '"I made a clear proposal to Mr Vucic: I can release all the detained Serb prisoners tomorrow," Kurti told reporters.', want: ['XKX OFFER humanitarian []'] },
  { body: 'Azerbaijan proposed that it would pull back its troops from the Armenian border villages.', want: ['AZE OFFER territory []'] },
  { body: 'Eritrea put forward a proposal that it could withdraw its forces from Badme.', want: ['ERI OFFER territory []'] },
]);

// A proposal that others act stays a proposal.
claimCases('a proposal of another party\'s act stays a proposal', [
  { body: 'Turkey proposed that Armenia and Azerbaijan would hold talks in Istanbul.', want: ['TUR PROPOSE talks []'] },
]);
