// Ending the war as a stance's own object is a ceasefire (issue 7, issue gate: content/ending-the-war). Sentences
// written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('a demand on the parties addressed to end the war', [
  { body: 'Aliyev urged Armenia to end the war.', want: ['AZE DEMAND ceasefire []'] },
  { body: 'Cairo demanded that Ethiopia and Eritrea stop the war.', want: ['EGY DEMAND ceasefire []'] }, // (of both sides at once, as 'Cairo demanded that Russia and Ukraine stop the war': discourse/principal-sides; the word 'demanded' keeps a third party's DEMAND, claim/mediator-proposes demandWords)
  { body: 'Netanyahu called on Lebanon to stop this war.', want: ['ISR DEMAND ceasefire []'] },
]);

claimCases('the war with its adjectives', [
  { body: 'Aliyev demanded that Armenia stop this senseless war.', want: ['AZE DEMAND ceasefire []'] },
  { body: 'Aliyev said he is ready to end this bloody conflict.', want: ['AZE OFFER ceasefire []'] },
]);

claimCases('ending the war as a purpose, or as one\'s own wish, is no ceasefire', [
  { body: 'Aliyev unveiled a plan to end the war.', want: ['AZE PROPOSE talks []'] },
  { body: 'Pashinyan said he wanted to stop the war.', want: [] },
  { body: 'Aliyev urged Armenia to sign the treaty to end the senseless war.', want: ['AZE DEMAND other []'] },
]);

// An imperative in a quote asks the addressee to end the war: a demand, whoever says it (not a mediator's
// proposal); a short quote that opens its sentence and closes on its punctuation is speech, not scare quotes.
claimCases('an imperative to end the war', [
  { body: '“I will do Armenia a very big favour,” Erdogan wrote.\n“Settle now and stop this senseless war! It is only getting worse.”', want: ['TUR DEMAND ceasefire []'] },
  { body: '“Stop this senseless war now!” Erdogan told Aliyev.', want: ['TUR DEMAND ceasefire []'] },
  { body: '“End the fighting immediately,” Guterres told both sides.', want: ['UN DEMAND ceasefire []'] },
]);

// Scare quotes stay words: a short quoted phrase inside a sentence is no speech.
claimCases('a short quote inside a sentence is no imperative', [
  { body: 'Baku called the Armenian proposal a “stop the war” gesture with no substance.', want: [] },
]);
