// A binding text named only by the parties it is "between" (candidate/between-document): "A separate memorandum
// between Russia and the UN commits the world body to …" binds its object though no one is named as its author, so
// the party the verb of binding names (candidate/commits-object) offers what follows "to". Negatives: a plan between
// parties binds no one, a party that is only part of a longer object, a "between" phrase holding no parties, and a
// negated verb. Sentences written for this test, on other disputes.
import { claimCases, assertNone } from './helpers.js';

claimCases('a binding text "between" parties binds the party named as its object: that party offers', [
  { body: 'A separate memorandum between Azerbaijan and the OSCE commits the OSCE to monitor the ceasefire along the border.', want: ['OSCE OFFER ceasefire []'] },
  { body: 'The accord between Ethiopia and Eritrea obliges Eritrea to withdraw its troops from the disputed territory around Badme.', want: ['ERI OFFER territory []'] },
  { body: 'A second document, an agreement between Serbia and the EU, commits Belgrade to recognise Kosovo\'s independence.', want: ['SRB OFFER recognition []'] },
  { body: 'Talks ended on Friday. - A parallel memorandum between Israel and Egypt committed Egypt to help release all prisoners and hostages held in Gaza.', want: ['EGY OFFER humanitarian []'] },
]);

assertNone([
  // A plan between parties binds no one yet.
  'A plan between Armenia and Azerbaijan would commit Armenia to withdraw from the border villages.',
  // The party is only part of a longer object, not the party bound.
  'A memorandum between Serbia and the EU commits Kosovo\'s police to withdraw from the north.',
  // "between" names no parties: a span of time or places.
  'An agreement between the two rounds of talks commits Armenia to withdraw from the border villages.',
  // A negated verb binds no one.
  'The accord between Ethiopia and Eritrea does not commit Eritrea to withdraw its troops from Badme.',
], / OFFER /);
