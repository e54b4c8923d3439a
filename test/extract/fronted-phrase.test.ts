// A party right after a preposition inside a phrase that opens its sentence and ends at its comma ("In his call with
// Kenyan President William Ruto on Friday, he …") is that phrase's object: not the subject a pronoun after the comma
// stands for, nor the subject of a verb coordinated later (discourse/fronted-phrase). Sentences written for this test,
// with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a party in a fronted phrase is not the subject', [
  { body: 'Putin spoke to reporters on Monday. In his call with Kenyan President William Ruto on Friday, he agreed only to a pause in strikes on ports, and demanded that arms deliveries to Kyiv stop.', want: ['RUS OFFER ceasefire []', 'RUS DEMAND military_limits []'] },
  { body: 'Pashinyan returned to Yerevan. At a meeting with Aliyev in Abu Dhabi, he had proposed a ceasefire along the border.', want: ['ARM PROPOSE ceasefire []'] },
  { body: 'During talks between Armenia and Azerbaijan, Turkey offered to host a summit.', want: ['TUR OFFER talks []'] },
]);

claimCases('the subject still holds: a party heading the sentence, a clause after "After"', [
  { body: 'In Baku, Aliyev rejected any talks with Armenia.', want: ['AZE REJECT talks []'] },
  { body: 'After Serbia rejected the plan, it proposed new talks in Brussels.', want: ['SRB REJECT talks []', 'SRB PROPOSE talks []'] },
]);
