// A warning threatens when a harmful step or a modal follows within twelve words of it (trigger/warning-is-threat);
// quote marks and an apostrophe's pieces are no words, so a quoted aside before the modal does not push it out
// of reach. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('warning words', [
  { body: 'Putin warned the West that "it\'s not a bluff" that Russia would use all the means at its disposal to protect its territory.', want: ['RUS THREATEN territory []'] },
  { body: 'Kim Yo Jong warned Seoul that "it\'s no empty threat" that Pyongyang would respond with force to new drills.', want: ['PRK THREATEN ceasefire []'] },
  { body: 'Vucic warned Pristina that "it\'s not a bluff" that Serbia would impose new tariffs on goods from Kosovo.', want: ['SRB THREATEN sanctions []'] },
  // Negatives: a warning with no harmful step and no modal of the warner's own, quoted or not.
  { body: 'Aliyev warned that "the region\'s" economy was in "a very dangerous" state.', want: [] },
  { body: 'Kurti warned that "tensions" in the north were "rising" again.', want: [] },
], (c) => c.issue !== 'other'); // ('other' is no scored issue: the warning's own cue may keep one of its own.)
