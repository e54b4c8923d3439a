// "the same day" right after a verb of saying and before its "that" says when the speaker spoke; it opens no
// condition over the stance after it (condition-marks.ts, like "said on the same day that"), while a fronted "The
// same day Yerevan signs, …" still does. Sentences written for this test, with other parties and places than the
// corpus's.
import { claimCases } from './helpers.js';

claimCases('"said the same day that …" reports a stance, not a condition', [
  {
    body: 'Aliyev said the same day that the Russian plan "could form the basis of a final peace settlement", but that Baku had not studied it in detail.',
    want: ['AZE ACCEPT talks []'],
  },
  // paraphrase: "told reporters" is not a bare verb of saying before "the same day"; "announced the same day that"
  {
    body: 'Vucic announced the same day that Serbia would accept the EU proposal as a basis for talks with Pristina.',
    want: ['SRB ACCEPT talks []'],
  },
  // (A condition: the same day as an event to come, no stance asserted for now.)
  {
    body: 'The same day Yerevan accepts the plan as a basis for talks, Baku will open the border.',
    want: [],
  },
], (c) => c.type === 'ACCEPT');
