// The speaker of a reporting sentence is the subject of its speech verb: not a party named inside a relative clause
// set off by commas before that verb (the quote's speaker, mentions.ts relativeSubject), and not the holder carried
// from the sentence before when the verb that opens the stance's clause has a subject of its own ("… but stressed
// that any settlement must …", holder/deontic-speaker through speakerOf). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('the subject of the speech verb speaks', [
  {
    body: 'Vucic spoke to reporters. "We will talk," he said. According to a summary later confirmed by the Kremlin spokesman, Putin invited Orban to visit Moscow and agreed that the time had come, but stressed that any settlement must first guarantee the rights of Russian speakers.',
    want: ['SRB OFFER talks []', 'RUS PROPOSE talks []', 'RUS DEMAND rights []'],
  },
  { body: 'Kurti, who spoke to Macron after the Vucic call, said on Thursday that Kosovo "will never accept autonomy for the Serb municipalities".', want: ['XKX REJECT governance []'] },
  { body: 'Erdogan, who met Zelensky after the Putin summit, said on Friday that Turkey "is ready to host the next round of talks".', want: ['TUR OFFER talks []'] },
  // (A relative clause that closes before another word, not right before the speech verb, changes nothing.)
  { body: 'Zelensky said after the Putin call that Ukraine "is ready to host the next round of talks".', want: ['UKR OFFER talks []'] },
]);
