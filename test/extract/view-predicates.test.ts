// A view noun's "that"-clause judged by a predicate is one stance, the predicate's, held by the view's holder
// (sentence/view-predicate, issue 7: stance constructions). "He reiterated Russia's position that any expansion
// of NATO would be a direct threat" gave the view's DEMAND and a REJECT held by the clause's subject. Sentences
// written for these tests, with other parties.
import { claimCases } from './helpers.js';

claimCases('a predicate inside a view noun\'s clause is the view holder\'s stance', [
  { body: "He restated China's position that any expansion of NATO into Asia would be a direct threat to China.", want: ['CHN REJECT alliance []'] },
  { body: "The minister repeated Azerbaijan's stance that a foreign peacekeeping mission in Karabakh is unacceptable.", want: ['AZE REJECT security_guarantees []'] },
  { body: "Belgrade's position that Kosovo's membership of NATO would be a red line was restated on Monday.", want: ['SRB REJECT alliance []'] },
]);

// The view noun still holds its own content when no predicate judges it.
claimCases('a view noun with no predicate in its clause keeps its claim', [
  { body: "Pristina restated its position that the talks with Belgrade should resume in Brussels.", want: ["XKX DEMAND talks []"] },
]);
