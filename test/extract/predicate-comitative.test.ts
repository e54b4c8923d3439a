// A comitative parenthesis set off by commas right before the stance verb, after the subject or after the "and" of a
// second predicate ("The leaders of Serbia and Hungary travelled to Pristina and, with the EU envoy, demanded …",
// "Kenya, with Ethiopia, called for …"), names co-holders of the stance (spec rule 8: one claim per party;
// holder/predicate-comitative). Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

claimCases('a party in ", with X," before the verb holds the stance with the subject', [
  { body: 'The leaders of Egypt and Qatar travelled to Cairo and, with President Joe Biden, demanded that Hamas accept an immediate ceasefire.', want: ['EGY DEMAND ceasefire []', 'QAT DEMAND ceasefire []', 'USA DEMAND ceasefire []'] },
  { body: 'Armenia met the mediators in Geneva and, together with France, rejected the Azerbaijani proposal on the border line.', want: ['ARM REJECT territory []', 'FRA REJECT territory []', 'AZE PROPOSE territory []'] },
  { body: 'Kenya, with Ethiopia and Uganda, called for an immediate ceasefire in Sudan.', want: ['KEN DEMAND ceasefire []', 'ETH DEMAND ceasefire []', 'UGA DEMAND ceasefire []'] },
]);

test('a companion that is no party alone, or a possessive, adds no holder', () => {
  assertNone(['Serbia held talks in Brussels and, with the backing of its allies, demanded an immediate ceasefire in Kosovo.'], 'USA ');
  assertNone(['Sudan signed the accord in Jeddah and, with Egypt\'s support, demanded an immediate ceasefire.'], 'EGY ');
  assertNone(['Ethiopia, with its troops near Badme and Zalambessa, demanded that Eritrea withdraw from the border.'], 'ERI DEMAND');
});
