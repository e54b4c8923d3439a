// A reporting parenthesis between a deontic's subject and its modal interrupts the subject (content/interrupted-subject):
// what the subject names is read before the parenthesis when nothing after the modal names an issue.
// Sentences written for this test, about disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a subject before ", X said," is what the deontic demands', [
  { body: 'Any negotiations, Lula said, must include Russia.', want: ['BRA DEMAND talks []'] },
  { body: 'Any real negotiation, Pashinyan said, "has to include Armenia".', want: ['ARM DEMAND talks []'] },
  { body: 'Any future talks, Vucic told reporters, would have to be accepted by Belgrade.', want: ['SRB DEMAND talks []'] },
  { body: 'The release of all hostages, Netanyahu said, had to come first.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'A full withdrawal of Armenian troops, Aliyev said, must come first.', want: ['AZE DEMAND territory []'] },
]);

claimCases('no reporting parenthesis, or an issue after the modal: the subject is not read across the commas', [
  { body: 'Any negotiations, in Lula\'s view, must include Russia.', want: [] },
  { body: 'Kurti said that, in any case, the talks in Brussels had been difficult.', want: [] },
]);
