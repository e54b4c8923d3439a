// A modal after "and"/"but" takes the subject of the first predicate, the nearest party at most eight words before
// it; quote marks are no words (candidate/modal-shared-subject): a first predicate quoted in fragments is as near as
// its unquoted form. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a quoted first predicate, then "but/and" + a modal', [
  { body: "Pashinyan said Armenia was 'ready to sign the peace treaty tomorrow' but would not 'cede a single village'.", want: ['ARM OFFER talks []', 'ARM REJECT territory []'] },
  { body: 'Aliyev said Azerbaijan had "no objection to a peace treaty" but would not "withdraw a single soldier from the border".', want: ['AZE ACCEPT talks []', 'AZE REJECT territory []'] },
  { body: "Vucic said Serbia was 'willing to resume the dialogue with Pristina' but would 'never recognise' Kosovo.", want: ['SRB OFFER talks []', 'SRB REJECT recognition []'] },
  // (The unquoted forms, as before.)
  { body: 'Pashinyan said Armenia was ready to sign the peace treaty tomorrow but would not cede a single village.', want: ['ARM OFFER talks []', 'ARM REJECT territory []'] },
  // (A party nearer the modal is its subject; a first predicate of more than eight words shares none.)
  { body: "Serbia said it was 'ready for talks', and Kosovo would not cede the north.", want: ['SRB OFFER talks []', 'XKX REJECT territory []'] },
  { body: 'Armenia took part in a long and difficult meeting on the border in the town of Ijevan on Monday, but would not cede any village.', want: [] },
]);
