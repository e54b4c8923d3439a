// A speaker that heads a coordination speaks with every member of it (holder/deontic-speaker, existential and
// predicate speakers through speakerHolder; issue 7, holders): "The leaders of Britain, France and Germany said that
// the line of contact should be the starting point" is each leader's demand, not the first-named one's alone.
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('every member of a coordinated speaker holds a deontic stance', [
  { body: 'The leaders of Britain, France and Germany said in a statement that the current line of contact should be the starting point for any talks.', want: ['DEU PROPOSE territory []', 'FRA PROPOSE territory []', 'GBR PROPOSE territory []'] },
  { body: 'Poland and Lithuania said on Sunday that Russia must withdraw all its troops from Ukraine.', want: ['LTU DEMAND territory []', 'POL DEMAND territory []'] },
  { body: 'The presidents of Armenia and France told reporters that there would be no foreign troops in the border zone.', want: ['ARM REJECT security_guarantees []', 'FRA REJECT security_guarantees []'] },
]);

claimCases('a party told, or named after the speaker, does not join it', [
  { body: 'Macron told Putin and Erdogan that Ukraine must take part in any talks.', want: ['FRA DEMAND talks []'] },
  { body: 'Kosovo, backed by the EU, said Serbia must recognise its independence.', want: ['XKX DEMAND recognition []'] },
]);
