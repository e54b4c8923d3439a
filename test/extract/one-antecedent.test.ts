// "one" as a stance's whole object is an indefinite pronoun: it stands for the nearest thing named before it with "a",
// "an", "no", "any" or "another", not for the topic of its clause as "it" does (content/one-antecedent,
// one-antecedent.ts; content/pronoun-antecedent). Not the noun the pronoun's phrase hangs on ("a next round without
// one"), not a plural ("any negotiations"). Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('"one" stands for the thing named before with an indefinite determiner', [
  { body: 'The Addis Ababa summit produced no truce, and Kenya afterwards dropped its call for one.', want: ['KEN REJECT ceasefire []'] },
  { body: 'Cairo pressed for a ceasefire in Sudan before any negotiations. Saudi Arabia said it could not imagine a next round without one.', want: ['EGY DEMAND ceasefire []', 'SAU DEMAND ceasefire []'] },
  { body: 'The Serbian delegation ended the meeting with no ceasefire, and Kosovo called for one.', want: ['XKX DEMAND ceasefire []'] },
  // (After "without", not the kind of thing the phrase hangs on: "any such round" is no antecedent of "one" here.)
  { body: 'Qatar said it wanted a truce in Gaza agreed before any such round, and that it could not imagine the next round taking place without one.', want: ['QAT DEMAND ceasefire []'] },
]);

claimCases('"it" still stands for the topic; a named object is read as before', [
  { body: 'A ceasefire along the border would only let Baku regroup, and Armenia would not accept one.', want: ['ARM REJECT ceasefire []'] },
  { body: 'The Serbian talks ended without a deal. Belgrade said it was ready to continue them.', want: ['SRB OFFER talks []'] },
]);
