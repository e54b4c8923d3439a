// The line of contact as the starting point of talks is a stance on who holds the land (territory; issues.json: the
// talks are noise there, "starting point for any talks", "for future negotiations"), unless its sentence names a
// ceasefire: then it is that ceasefire's line and names no territory of its own (discourse/ceasefire-line,
// ceasefire-line.ts). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('the line of contact as the starting point of talks is territory', [
  { body: 'Pashinyan said the current line of contact should be the starting point for any talks.', want: ['ARM PROPOSE territory []'] },
  { body: 'Vucic said the contact line should be "the starting point" for future negotiations.', want: ['SRB PROPOSE territory []'] },
  { body: 'Seoul insisted that the current line must be the starting point for any such negotiation.', want: ['KOR DEMAND territory []'] },
]);

claimCases('negatives: a ceasefire named with the line is about the ceasefire only', [
  { body: 'Pashinyan said the fighting should stop immediately, and that the current line of contact should be the starting point of negotiations.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Armenia is ready for a ceasefire along the current line of contact.', want: ['ARM OFFER ceasefire []'] },
  { body: 'Baku rejected a freeze along the current lines.', want: ['AZE REJECT ceasefire []'] },
]);
