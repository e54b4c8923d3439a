// The head of a stance's object names its issue, not a phrase of circumstance after it (content/circumstance), and
// refusing to join anything but an alliance refuses it (content/join-refused; spec rule 7 covers joining a bloc).
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a phrase of circumstance names no issue', [
  { body: 'Ethiopia will not hold elections under bombardment, the prime minister said.', want: ['ETH REJECT governance []'] },
  { body: 'Armenia would not hold a referendum under shelling, Pashinyan said.', want: ['ARM REJECT governance []'] },
  { body: 'Serbia would not hold a vote amid the air strikes, Vucic said.', want: ['SRB REJECT governance []'] },
  { body: 'Turkey said it was prepared to contribute troops to the mission, initially on NATO territory.', want: ['TUR OFFER security_guarantees []'] },
  // ("under" before an arrangement, not an act of war, is the arrangement: it keeps its issue.)
  { body: 'Eritrea proposed that it be given a permanently neutral status under international guarantees.', want: ['ERI PROPOSE security_guarantees []'] },
]);

claimCases('refusing to join anything but an alliance refuses it', [
  { body: 'India said it would not join the sanctions against Iran.', want: ['IND REJECT sanctions []'] },
  { body: 'Brazil will not join any unilateral sanctions against Venezuela, the foreign minister said.', want: ['BRA REJECT sanctions []'] },
  { body: 'Qatar said it would not join the talks in Doha.', want: ['QAT REJECT talks []'] },
  // (Joining a bloc is the party's own gain: refusing it is a concession, spec rule 7.)
  { body: 'Georgia refuses to join military blocs, the prime minister said.', want: ['GEO OFFER alliance []'] },
]);
