// A statement "signed by" or "issued by" a list speaks for the whole list (discourse/statement-signatories); a plan
// keeps its first author and those joined to it directly. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

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
