// A party and a verb of saying right after the relative word of a clause on the object ("the obstacles that Moscow says
// Western sanctions place on its exports") report that clause: they end no content, the clause is still the object's
// (content/relative-report). A trailing attribution still ends the content. Sentences written for these tests, on other
// disputes.
import { claimCases } from './helpers.js';

claimCases('a reported relative clause stays in the object', [
  { body: 'The UN promised to help remove the obstacles that Moscow says Western sanctions place on its exports of food and fertiliser.', want: ['UN OFFER sanctions []'] },
  { body: 'Baku rejected the conditions that Yerevan says it attached to the prisoner exchange.', want: ['AZE REJECT humanitarian []'] },
]);

claimCases('negatives: a trailing attribution and a clause of purpose end the content', [
  { body: 'Kyiv demanded a ceasefire, Zelensky says.', want: ['UKR DEMAND ceasefire []'] },
  { body: 'Seoul offered to lift the restrictions which Pyongyang says block its fuel imports.', want: ['KOR OFFER sanctions []'] },
]);
