// A typed list whose sentence has a speaker of its own ("The truce, it said, will hold only after a list of conditions
// is met:" + bullets) is that speaker's party's, not the party's whose document an earlier sentence of the paragraph
// names ("Within an hour of the EU statement, Belgrade published its own reading."): content/speaker-list-introducer.
// Sentences written for this test, with other places and parties.
import { claimCases } from './helpers.js';

const para = (...lines: string[]) => lines.join('\n\n');

claimCases('a typed list with a speaker of its own', [
  // (The speaker as a pronoun in a parenthesis, after another party's statement named in the paragraph.)
  {
    body: para(
      'Within an hour of the EU statement, the Serbian government published its own reading. The arrangement, it said, will come into force only after a list of conditions is met:',
      '- the lifting of sanctions on Serbian banks;',
      '- the release of all detained Serbs.',
    ),
    want: ['SRB DEMAND sanctions []', 'SRB DEMAND humanitarian []'],
  },
  // (The speaker as the subject before "said".)
  {
    body: para(
      'After the Azerbaijani statement was read out in Washington, Yerevan answered. Armenia said the border deal would take effect only once the following conditions were met:',
      '- the withdrawal of Azerbaijani troops from the heights near Jermuk;',
      '- the return of all prisoners of war.',
    ),
    want: ['ARM DEMAND territory []', 'ARM DEMAND humanitarian []'],
  },
  // (No speaker in the list's sentence: the document named before holds the list, as before.)
  {
    body: para(
      'The Serbian government put out its own version on Monday. The arrangement will come into force only after a list of conditions is met:',
      '- the lifting of sanctions on Serbian banks.',
    ),
    want: ['SRB DEMAND sanctions []'],
  },
]);
