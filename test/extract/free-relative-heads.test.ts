// A free relative that states what a party wants (candidate/free-relative-list), in the shapes beyond
// "What X wants is …": a parenthesis of saying before the copula ("What Baku wanted, Aliyev said, was …"), and the
// heads "all" and "the only thing" ("All Yerevan asks is …", "The only thing Israel wants is …").
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertNone, claimCases } from './helpers.js';

claimCases('a free relative with a parenthesis of saying', [
  { body: "What Baku wanted, Aliyev said, was a peace treaty and the removal of the territorial claims from Armenia's constitution.", want: ['AZE DEMAND talks []', 'AZE DEMAND governance []'] },
  // Across sentences: the parenthesis names the speaker with a pronoun, the party after "what" holds the demand.
  { body: 'Kurti spoke after the meeting in Brussels. What Belgrade wanted, he said, was a partition of the north of Kosovo.', want: ['SRB DEMAND territory []'] },
]);

claimCases('"all" and "the only thing" head a free relative', [
  { body: 'All Yerevan asks is an immediate ceasefire along the border.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'The only thing Israel wants is the return of the hostages.', want: ['ISR DEMAND humanitarian []'] },
  // (Already read before: "all that" + party.)
  { body: 'All that Belgrade wants is the recognition of the Serb municipalities.', want: ['SRB DEMAND recognition []'] },
]);

test('no free relative of wanting', () => {
  // "all" before a noun phrase is no head; a relative of doing or of a thing is no stance; a parenthesis after a
  // relative of no wanting verb opens nothing.
  assertNone([
    'All Armenia got was a ceasefire.',
    'What Hamas did, Netanyahu said, was a crime.',
    'The only thing certain, Vucic said, is that the talks will go on.',
  ], ' ');
  assertNone(['All Armenian forces must leave the border villages, Aliyev said.'], 'ARM DEMAND');
});
