// A speaker set off by commas before a deontic (", he said,") that no party was found for leaves the speaker unknown:
// the deontic's subject, the party it is addressed to, never holds it; the speaker carried from the sentence before may
// (holder/parenthetical-speaker). Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('an unresolved parenthetical speaker does not make the subject the holder', [
  { body: 'Armenia, he said, must withdraw its troops from Lachin.', want: [] },
  { body: 'Aliyev spoke on Monday. Armenia, he said, must withdraw its troops from Lachin.', want: ['AZE DEMAND territory []'] },
  { body: 'Armenia, Borrell said, must return to the table in Brussels.', want: ['EU DEMAND talks []'] },
]);
