// What cannot be had without X demands X (candidate/not-without); the clause it heads is not demanded with it: a
// fronted "without" phrase ends at its comma ("Without security guarantees, any truce would be only a pause" demands
// the guarantees, not the truce), it is no part of the subject a refusing predicate judges ("Without a ceasefire,
// talks are meaningless" demands the ceasefire and refuses the talks), and chained to a refusal before it, it does not
// become that refusal ("there can be no ceasefire without security guarantees" demands the guarantees). Sentences
// written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a fronted "without" phrase demands only what it names', [
  { body: 'Without security guarantees, any truce would be just a pause before the next war, Pashinyan said.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Without the release of the hostages, any truce in Gaza would only be a pause, Israel said.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Without a withdrawal of Serbian troops, a deal on the north would only be a pause, Kurti said.', want: ['XKX DEMAND territory []'] },
  { body: 'Without a ceasefire, talks are meaningless, Erdogan said.', want: ['TUR DEMAND ceasefire []', 'TUR REJECT talks []'] },
]);

claimCases('"no X without Y" demands Y, and does not refuse it', [
  { body: 'Kyiv said there can be no ceasefire without security guarantees.', want: ['UKR REJECT ceasefire []', 'UKR DEMAND security_guarantees []'] },
  { body: 'A deal will not work without security guarantees, Kyiv said.', want: ['UKR DEMAND security_guarantees []'] },
  { body: 'Without a Ukrainian withdrawal from the Donbas, there can be no talk of a settlement, Peskov said.', want: ['RUS DEMAND territory [UA-09,UA-14]'] },
]);
