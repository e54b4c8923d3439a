// A stance whose object is a pronoun alone, with no other party's stance before it to answer, is about what the pronoun
// stands for: the issue the subject of a clause before it names, in its sentence, else in the sentence before it
// (content/pronoun-antecedent). A pronoun that stands for a thing of no issue, or for nothing named, gives no issue:
// no guess further back. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a pronoun object stands for the issue named as a subject before it', [
  // (The subject of the reported clause, not the nearest term, "the root causes".)
  { body: 'Pashinyan told reporters that a ceasefire along the current line would mean forgetting the root causes of the war, and that Armenia would not agree to it.', want: ['ARM REJECT ceasefire []'] },
  { body: 'A ceasefire along the current line, Vucic said, would only let Kosovo regroup, and Serbia would not accept one.', want: ['SRB REJECT ceasefire []'] },
  // (In the sentence before.)
  { body: 'Robust security guarantees are needed for Armenia. France will contribute to them, Macron said.', want: ['FRA OFFER security_guarantees []'] },
  { body: 'Sanctions are leverage, Rubio said. Washington would not lift them unless Moscow makes real concessions.', want: ['USA REJECT sanctions []'] },
  // (A party as the subject: the thing its clause names.)
  { body: 'The EU will keep its sanctions on Belgrade, the envoy said. Brussels would not lift them unless Serbia recognises Kosovo.', want: ['EU THREATEN sanctions []', 'EU REJECT sanctions []', 'EU DEMAND recognition []'] },
  { body: 'A prisoner exchange was discussed in Doha on Monday. Israel said it was in favour of one.', want: ['ISR ACCEPT humanitarian []'] },
]);

claimCases('a pronoun that stands for no issue gives none', [
  // (It stands for "the decision", which names no issue: not for the talks further back.)
  { body: 'The decision on the summit has been made, and Azerbaijan will not betray it, Aliyev said.', want: [] },
  // (A fronted scene is when, not what.)
  { body: 'After the talks in Doha on Monday, Israel said it would not accept it.', want: [] },
  // (Nothing named before it.)
  { body: 'The minister arrived in Baku on Monday. Armenia said it would not accept it.', want: [] },
  // ("that" before a clause is no pronoun object.)
  { body: 'Ankara said that if Athens refused, Turkey would not accept that.', want: [] },
]);
