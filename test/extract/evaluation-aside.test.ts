// A judgement of a proposal whose subject and predicate are split by a reporting aside (", Kurti said,") reads the
// subject before the aside (candidate/evaluation, discourse/reporting-aside). Sentences written for this test, with
// other parties and places than the corpus's.
import { claimCases } from './helpers.js';

claimCases('an evaluation across a reporting aside judges the subject before it', [
  {
    body: 'A ceasefire without strong security guarantees, Kurti said, would only give Belgrade time to rearm and attack again.',
    want: ['XKX REJECT ceasefire []'],
  },
  // paraphrase: "he added" and "merely"
  {
    body: 'Pashinyan spoke in Yerevan on Monday. A freeze of the front line, he added, would merely let Baku regroup.',
    want: ['ARM REJECT ceasefire []'],
  },
  // (A party as the subject acts itself: no evaluation.)
  { body: 'Serbia, Vucic said, would only negotiate with the EU present.', want: [] },
], (c) => c.type === 'REJECT');
