// A response of force promised (issue 7, threats stated without "threaten"): "In case of violations of the truce by
// the other side, the armed forces will give an adequate response". A light verb and a noun of answering with an
// adjective of force are the verb "respond" (trigger/harmful-act responseVerbs, responseAdjectives, responseNouns),
// and "armed" before "forces" no longer hides the party's adjective or possessive before them. A reply promised, or a
// response already given, threatens nothing. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a response of force promised', [
  { body: '"If Azerbaijani units cross the border, the Armenian armed forces will give an adequate response," Pashinyan said.', want: ['ARM THREATEN ceasefire []'] },
  { body: 'Seoul warned that its army would give a decisive and resolute response to any provocation by Pyongyang.', want: ['KOR THREATEN ceasefire []'] },
  { body: '"In case of violations of the truce by Hamas, the Israeli armed forces will give a crushing response," Netanyahu said.', want: ['ISR THREATEN ceasefire []', 'ISR DEMAND ceasefire []'] },
  { body: 'Serbia\'s armed forces would give a proportionate response to any attack on Serbs in the north, Vucic said.', want: ['SRB THREATEN ceasefire []'] },
]);

claimCases('a reply, or a response already given', [
  { body: 'The foreign ministry will give a detailed response to the letter on Friday, Baku said.', want: [] },
  { body: 'Officials said the armed forces had given an adequate response to the floods.', want: [] },
  { body: 'The response of the ministry was adequate, Pashinyan said.', want: [] },
]);
