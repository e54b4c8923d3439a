// A party that will press for a measure against another takes that step itself (trigger/harmful-act 'pressingVerbs'):
// "Canada would push for tougher sanctions on Belgrade" threatens, as "would impose" does; the phrase "push for" after a
// modal, "to" or a subject pronoun is the verb, not the noun "a push for" (candidate/verb-reading). A "where" clause
// set in after a fronted place has the sentence's subject for its "they", never the place
// (discourse/where-clause-subject). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('pressing for a measure after a modal threatens', [
  {
    body: 'Canada said it would push for tougher sanctions on Belgrade.',
    want: ['CAN THREATEN sanctions []'],
  },
  {
    body: 'India would seek more sanctions on Pakistan, the foreign minister said.',
    want: ['IND THREATEN sanctions []'],
  },
  // With a condition on the target, the condition is the demand (FN-C1).
  {
    body: 'The leaders of Egypt, Kenya and Uganda said they would press for new sanctions on Asmara if it did not agree to a truce.',
    want: ['EGY THREATEN sanctions []', 'KEN THREATEN sanctions []', 'UGA THREATEN sanctions []', 'EGY DEMAND ceasefire []', 'KEN DEMAND ceasefire []', 'UGA DEMAND ceasefire []'],
  },
  // The "they" of a "where" clause after a fronted place is the subject after it, not the capital.
  {
    body: 'In Nairobi, where they were attending a regional summit, the leaders of Egypt and Uganda said they would push for tougher sanctions on Asmara.',
    want: ['EGY THREATEN sanctions []', 'UGA THREATEN sanctions []'],
  },
]);

claimCases('pressing for relief asks; the noun "push for" stays a noun', [
  // Relief or lifting asked for is a demand, no step against anyone.
  { body: 'Armenia said it would seek the lifting of sanctions.', want: ['ARM DEMAND sanctions []'] },
  { body: 'Moscow said it would press for sanctions relief in the talks.', want: ['RUS DEMAND sanctions []'] },
  // A past push is a call, not a step announced.
  { body: 'Canada pushed for tougher sanctions on Belgrade.', want: ['CAN DEMAND sanctions []'] },
  // The noun after a possessor keeps its holder.
  { body: "Ankara's push for talks between Baku and Yerevan stalled.", want: ['TUR PROPOSE talks []'] },
  // Pressing for something that is no measure against anyone threatens nothing.
  { body: 'Kenya said it would push for a meeting of the two leaders.', want: ['KEN PROPOSE talks []'] },
]);

// Moving to a measure or working on one prepares it: 'move' with 'to', 'work' with 'on' (pressingVerbs).
claimCases('moving to or working on a measure after a modal threatens', [
  { body: 'Egypt said it would move to new sanctions on Asmara if it kept refusing a truce.', want: ['EGY THREATEN sanctions []'] },
  // paraphrase: with another party, the measure after "on"
  { body: 'Kenya said it would work with Uganda on new sanctions against Juba.', want: ['KEN THREATEN sanctions []'] },
  // negatives: relief, or a step in the talks
  { body: 'Kenya said it would work with Uganda on sanctions relief for Juba.', want: [] },
  { body: 'Egypt said it would move to the next stage of the talks with Asmara.', want: [] },
], (c) => c.type === 'THREATEN');
