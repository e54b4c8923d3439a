// "and" before a clause of its own ends a stance's content (content/second-clause): "…, and that decisions on
// territory were for the people" is another statement of the speaker, "…, and the two sides had not agreed on …"
// the writer's narration. The cue's own "that" clause and a coordinated verb without a subject go on. And a party
// after a preposition right before a deontic is no subject of it (sentence/self-obligation): "all sanctions against
// Azerbaijan would have to be lifted", said in Baku, is a demand.
// Sentences written for these tests, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a second clause after "and" is no content', [
  { body: 'The ministers said Armenia\'s army should stay at a peacetime strength of 40,000 troops, and that decisions on territory were for the Armenian people to make.', want: ['ARM DEMAND military_limits []'] }, // (as its Russia–Ukraine analogue reads: the sides of another dispute are its principal sides, discourse/principal-sides)
  { body: 'According to the draft, Israel demanded a veto over when foreign monitors could enter Gaza, and the two sides had not agreed on the release of prisoners.', want: ['ISR DEMAND security_guarantees []'] },
  { body: 'Serbia said it was ready to resume talks with Pristina on Monday, and that sanctions relief would be discussed later.', want: ['SRB OFFER talks []'] },
]);

claimCases('the cue\'s own clauses and coordinated verbs go on', [
  { body: 'Azerbaijan demanded that Armenia withdraw from the border villages, and that all prisoners be released.', want: ['AZE DEMAND territory []', 'AZE DEMAND humanitarian []'] },
  { body: 'Azerbaijan demanded that Armenia withdraw from the border villages and release all prisoners.', want: ['AZE DEMAND territory []', 'AZE DEMAND humanitarian []'] },
  { body: 'Israel proposed a truce in Gaza and a prisoner exchange, the officials said.', want: ['ISR PROPOSE ceasefire []', 'ISR PROPOSE humanitarian []'] },
]);

claimCases('a party after a preposition is no subject of the deontic', [
  { body: 'Baku said a settlement must confirm Armenia\'s non-aligned status, and that all sanctions against Azerbaijan would have to be lifted.', want: ['AZE DEMAND alliance []', 'AZE DEMAND sanctions []'] },
]);
