// Three holder and issue readings (issue 7), on sentences written for these tests with other parties and places
// than the corpora:
// - holder/goal-possessor: a verb stance in the infinitive after "X's goal/aim/objective is to" is X's, not the
//   speaker's ("The Russian side's main goal was to push Ukraine to accept neutrality, Arakhamia said");
// - content/ending-the-war: a modal offer whose verb is the verb of ending ("would end the war", "would stop the
//   war") offers a ceasefire, and its "if" condition is a demand (the canonical "would stop fighting …
//   if Kyiv gave up its NATO bid");
// - discourse/relative-antecedent: "he" in a "who" clause is the person the clause describes.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

test('a goal\'s possessor holds the verb stance it names', () => {
  assertIncludes([
    ["The Azerbaijani side's main goal was to push Armenia to amend its constitution, Pashinyan said.", 'AZE DEMAND governance []'],
    ["Belgrade's real aim was to pressure Pristina into holding new elections, Kurti said.", 'SRB DEMAND governance []'],
    ["The Turkish objective remains to push Kyiv to accept a ceasefire, a Qatari official said.", 'TUR DEMAND ceasefire []'],
    ["Moscow's ultimate goal has been to force Kyiv to give up its bid to join NATO, Zelensky said.", 'RUS DEMAND alliance []'],
  ]);
  // Not the speaker's.
  assertNone([
    "The Azerbaijani side's main goal was to push Armenia to amend its constitution, Pashinyan said.",
    "Moscow's ultimate goal has been to force Kyiv to give up its bid to join NATO, Zelensky said.",
  ], 'ARM DEMAND');
  assertNone(["Moscow's ultimate goal has been to force Kyiv to give up its bid to join NATO, Zelensky said."], 'UKR DEMAND');
});

claimCases('a modal offer to end the war offers a ceasefire', [
  { body: 'Putin said Russia would end the war if Ukraine gave up its bid to join NATO.', want: ['RUS OFFER ceasefire []', 'RUS DEMAND alliance []'] },
  { body: 'Aliyev said Azerbaijan would stop the war if Armenia withdrew its troops from Lachin.', want: ['AZE OFFER ceasefire []', 'AZE DEMAND territory []'] },
  { body: 'Sudan\'s army chief said he would end the war once the militia left the cities.', want: [] },
]);

test('ending the war as a purpose or a thing\'s effect is no offer of a ceasefire', () => {
  assertNone([
    'A deal would end the war, Trump said.',
    'The plan to end the war would freeze the front, officials said.',
  ], ' OFFER ceasefire ');
});

test('"he" in a "who" clause is the person it describes', () => {
  assertIncludes([
    ['Aliyev praised Erdogan, who has said he would guarantee any peace deal with Armenia.', 'TUR OFFER security_guarantees []'],
  ]);
  // The clause describes a noun that names no party: its "he" is not the sentence's subject.
  assertNone([
    'Vucic said he was ready to meet the mediator-designate, who has boasted that he could end the war in Ukraine within a day.',
  ], 'SRB OFFER ceasefire');
  assertNone(['Aliyev praised Erdogan, who has said he would guarantee any peace deal with Armenia.'], 'AZE OFFER');
});
