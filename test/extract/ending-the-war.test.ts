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

// Rulers or states addressed as a group stand for the parties (rules.json content/ending-the-war 'addressees'): with
// modifiers before the noun and a phrase after it that opens with a preposition.
claimCases('a demand on a group of leaders to end the war', [
  { body: "Indonesia's president urged leaders to end the war.", want: ['IDN DEMAND ceasefire []'] },
  { body: 'Kenya\'s president urged the leaders at the opening session to "end the war".', want: ['KEN DEMAND ceasefire []'] },
  { body: 'Ghana\'s foreign minister appealed to the leaders to "end the war".', want: ['GHA DEMAND ceasefire []'] },
  { body: 'Norway urged the governments of Armenia and Azerbaijan to end the conflict.', want: ['NOR DEMAND ceasefire []'] },
  { body: 'Egypt urged all the belligerents in Gaza to end the war now.', want: ['EGY DEMAND ceasefire []'] },
]);

claimCases('a group of leaders asked for something else first is no such demand', [
  { body: "Brazil's president urged leaders to study the plan to end the war.", want: ['BRA PROPOSE other []'] },
  { body: 'Kenya urged its neighbours to send troops.', want: ['KEN DEMAND security_guarantees []'] },
]);
