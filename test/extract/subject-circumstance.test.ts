// A predicate judges the noun phrase a phrase of time follows, not the phrase of time (content/subject-circumstance):
// "plans to send troops to Armenia after the end of hostilities were unacceptable" refuses the troops. Sending,
// contributing, committing or providing troops or forces offers them in every verb form (issues.json
// security_guarantees), so a phrase of circumstance after them names no issue (content/circumstance).
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('the subject before a phrase of time is what a predicate judges', [
  { body: 'Belgrade said plans by several capitals to send troops to Kosovo after the end of hostilities were unacceptable.', want: ['SRB REJECT security_guarantees []'] },
  { body: 'Baku said the deployment of foreign troops in Armenia after a ceasefire was unacceptable.', want: ['AZE REJECT security_guarantees []'] },
  { body: 'Moscow said the plans of several European capitals to send troops to Armenia after the end of hostilities could not be discussed.', want: ['RUS REJECT security_guarantees []'] },
  // (A phrase of time that opens the clause is no part of a subject.)
  { body: 'Kyiv said a ceasefire was unacceptable.', want: ['UKR REJECT ceasefire []'] },
  { body: 'Moscow said that after the talks a ceasefire was unacceptable.', want: ['RUS REJECT ceasefire []'] },
]);

claimCases('contributing forces offers them', [
  { body: 'Canada said it was prepared to contribute forces to the mission in Armenia, initially on Georgian territory.', want: ['CAN OFFER security_guarantees []'] },
  { body: 'Poland said it was prepared to contribute forces to the mission, initially on NATO territory next to Armenia.', want: ['POL OFFER security_guarantees []'] },
  { body: 'Italy said it was ready to provide soldiers for a stabilisation mission in Kosovo.', want: ['ITA OFFER security_guarantees []'] },
  // (The troops a party has deployed are withdrawn: that is land, not a guarantee.)
  { body: 'Serbia demanded that Kosovo withdraw the forces it had committed to the north.', want: ['SRB DEMAND territory []'] },
]);
