// Raising or bringing up a settlement term at the table demands it (cue raise-term, trigger/raised-term); the verb's
// other senses (a quantity, a worry, a bet, a passive, a pronoun whose term is named elsewhere) make no claim.
// Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a settlement term raised or brought up: a demand of it', [
  { body: 'Two diplomats said the Armenian side had also raised the return of prisoners of war held in Baku.', want: ['ARM DEMAND humanitarian []'] },
  { body: 'In Brussels the Serbian delegation raised again the status of the Serbian language in Kosovo.', want: ['SRB DEMAND rights []'] },
  { body: 'According to officials, the Eritrean side raised the question of lifting the sanctions on its banks.', want: ['ERI DEMAND sanctions []'] },
  { body: 'Israeli negotiators brought up the release of all hostages at the meeting in Cairo.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Sudan also raised the withdrawal of Ethiopian troops from the al-Fashaga border area, officials said.', want: ['SDN DEMAND territory []'] },
]);

claimCases('other senses of "raise": no demand', [
  { body: 'The Sudanese army raised concerns about the ceasefire in Darfur.', want: [] },
  { body: 'Washington raised tariffs on Serbian steel to 50 percent.', want: [] },
  { body: 'The question of sanctions was raised by Eritrea at the meeting.', want: [] },
  { body: 'Aliyev did not raise the status of Karabakh at the meeting.', want: [] },
  { body: 'The offensive raised the stakes for the ceasefire talks in Doha.', want: [] },
  { body: 'Pashinyan said Armenia would raise it at the table with Azerbaijan.', want: [] },
  { body: 'Israel raised the number of troops deployed along the Gaza border.', want: [] },
]);
