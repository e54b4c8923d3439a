// A claimless sentence whose speaker is a person the lexicon does not know ends the holder carried from before it: the
// "he" after it is that unknown person, not the party of the last claim (discourse/unknown-speaker). Sentences written
// for this test, with parties, people and places other than the corpus's. ("Must reflect the new realities" names territory
// only: a verb of taking account governs the phrase, content/realities-accounted.)
import { claimCases } from './helpers.js';

claimCases('an unknown person taking the floor ends the carried holder', [
  { body: 'Peskov said a settlement must reflect the new realities. Speaking before flying home, Kofi Mensah said Africa had a stake in the war. He called on Moscow and Kyiv to begin talks.', want: ['RUS DEMAND territory []'] },
]);

claimCases('a known speaker, or none, still carries', [
  { body: 'Peskov said a settlement must reflect the new realities. He called on Kyiv to begin talks.', want: ['RUS DEMAND territory []', 'RUS DEMAND talks []'] },
  { body: 'Aliyev spoke to reporters in Baku on Monday. Armenia must withdraw from the border villages, he said.', want: ['AZE DEMAND territory []'] },
]);
