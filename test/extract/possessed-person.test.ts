// A state's possessive before a person the lexicon does not know, who then speaks ("Zambia's Hakainde Hichilema,
// who spoke next, said …"), is that person speaking for the state (discourse/possessed-person): the "he" of the
// next quote and the bare surname later are the state's, not the last party named before. Sentences written for
// this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a possessed unknown name that speaks is a person of the state', [
  { body: 'Putin spoke first. Zambia\'s Hakainde Hichilema, who spoke next, said little. "Africa is ready to host talks between the two sides," he said.', want: ['ZMB OFFER talks []'] },
  { body: "Erdogan spoke first. Senegal's Macky Sall told reporters that he was ready to mediate between Armenia and Azerbaijan.", want: ['SEN OFFER talks []'] },
  { body: "Erdogan spoke first. Ghana's John Mahama said the mission was ready to host the next round. Mahama also called for a ceasefire.", want: ['GHA OFFER talks []', 'GHA PROPOSE ceasefire []'] },
]);

claimCases('not a speaker: a possessed name that does not speak stays a thing', [
  { body: "Russia's Black Sea Fleet left Sevastopol, and Moscow said it was ready to talk to Ankara.", want: ['RUS OFFER talks []'] },
]);
