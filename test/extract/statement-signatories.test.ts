// A statement "signed by" or "issued by" a list speaks for the whole list (discourse/statement-signatories); a plan
// keeps its first author and those joined to it directly. Sentences written for this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, claimCases } from './helpers.js';

claimCases('a statement speaks for every party listed after its "by"', [
  {
    body: 'The statement, signed by Armenian Prime Minister Nikol Pashinyan, French President Emmanuel Macron and German Chancellor Friedrich Merz, said the fighting should stop.',
    want: ['ARM PROPOSE ceasefire []', 'FRA PROPOSE ceasefire []', 'DEU PROPOSE ceasefire []'],
  },
  {
    body: '"We strongly support a ceasefire along the border," said the statement, signed by Pashinyan, Macron and Merz, among others.',
    want: ['ARM PROPOSE ceasefire []', 'FRA PROPOSE ceasefire []', 'DEU PROPOSE ceasefire []'],
  },
  {
    // (A paraphrase: "issued by" and parties named by their capitals.)
    body: 'The declaration issued by Yerevan, Paris and Berlin on Monday called for an immediate ceasefire.',
    want: ['ARM PROPOSE ceasefire []', 'FRA PROPOSE ceasefire []', 'DEU PROPOSE ceasefire []'],
  },
]);

claimCases('an apposition after the first signatory adds no one', [
  {
    body: 'The statement, signed by Macron, the French president, said the fighting should stop.',
    want: ['FRA PROPOSE ceasefire []'],
  },
]);

claimCases('a signatory list names no stance of its own', [
  { body: 'The statement was signed by Armenia, France and Germany in Paris on Monday.', want: [] },
]);

claimCases('a plan keeps the whole list of parties after its "by"', [
  {
    body: 'The plan drafted by Britain, France and Germany would cap the Armenian army at 50,000 troops.',
    want: ['GBR PROPOSE military_limits []', 'FRA PROPOSE military_limits []', 'DEU PROPOSE military_limits []'],
  },
]);

// A statement "endorsed by" or "backed by" its signatories, heading its sentence, speaks in the next sentence's "It says
// …" (a list after "It says that:" too), for every signatory, one named after the list with "among them" or
// "including" as well (the type is what the deontic gives each signatory: a third party's "must" is its proposal); a plan
// "endorsed by" a party is that party's acceptance, not its text.
claimCases('a statement endorsed by a list speaks in "It says" for each signatory', [
  {
    body: 'The final communiqué was endorsed by Armenia and about 40 other countries, France among them. It says all detainees must be released.',
    want: ['ARM PROPOSE humanitarian []', 'FRA PROPOSE humanitarian []'],
  },
  {
    body: 'The closing declaration, adopted on Sunday, was backed by Kenya and Egypt, including Ethiopia. It states that all prisoners of war must be exchanged.',
    want: ['KEN PROPOSE humanitarian []', 'EGY PROPOSE humanitarian []', 'ETH PROPOSE humanitarian []'],
  },
  {
    body: 'The joint statement was endorsed by Serbia and 30 other states, Hungary among them. It says that:\n\n- all prisoners must be released through a full exchange;\n\n- the sides must resume talks in Brussels.',
    want: ['SRB PROPOSE humanitarian []', 'HUN PROPOSE humanitarian []', 'SRB DEMAND talks []', 'HUN DEMAND talks []'],
  },
]);

claimCases('"It says" after a party\'s sentence, or a statement not heading its sentence, is not the statement', [
  { body: 'Kenya welcomed the final communiqué endorsed by Egypt on Sunday. It says all prisoners of war must be exchanged.', want: ['KEN ACCEPT talks []', 'KEN PROPOSE humanitarian []'] },
]);

test('a plan endorsed by a party is that party\'s acceptance', () => {
  assertIncludes([['The peace plan was endorsed by Kenya on Sunday.', 'KEN ACCEPT talks []']]);
});
