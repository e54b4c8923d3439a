// A predicate whose subject is a dummy "it" judges the clause after it (trigger/extraposed-predicate, issue 7:
// stance constructions): "it is out of the question that …", "considers it unacceptable that …", "it would be
// impossible to …". Its content is that clause, and the stance words inside it are part of it. Sentences written
// for these tests, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('an extraposed predicate judges the clause after it', [
  { body: "It is unacceptable that foreign troops be deployed in Armenia, Azerbaijan's foreign minister said.", want: ['AZE REJECT security_guarantees []'] },
  { body: 'It would be impossible to hold elections under martial law, Zelensky said.', want: ['UKR REJECT governance []'] },
  { body: "It is essential that Serbia recognises Kosovo's independence, Kurti said.", want: ['XKX DEMAND recognition []'] },
  { body: 'It is out of the question that our troops leave Kramatorsk, the Ukrainian commander-in-chief said.', want: ['UKR REJECT territory [UA-14]'] },
  // The offer inside the judged clause is refused, not made.
  { body: 'Lavrov said it was out of the question that Russia would withdraw from Zaporizhzhia.', want: ['RUS REJECT territory [UA-23]'] },
  { body: 'The Eritrean minister said it was absolutely unacceptable for Ethiopia to keep peacekeepers near Assab.', want: ['ERI REJECT security_guarantees []'] },
]);

claimCases('a predicate with a real subject keeps it', [
  { body: 'Baku called the proposal to station peacekeepers in Lachin unacceptable.', want: ['AZE REJECT security_guarantees []'] },
  // "It" that refers back, with no clause after the predicate: nothing to judge in this sentence.
  { body: 'It is unacceptable, the Serbian president said.', want: [] },
  // What cannot be known is no refusal.
  { body: 'Kyiv said it was impossible to predict how many people would die in the occupied areas of Kherson.', want: [] },
]);
