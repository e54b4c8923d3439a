// "Under it," heading a sentence right after a plan with authors frames what that plan provides for, as "Under the
// plan," does (discourse/document-under-it): the clause's stances are the authors' proposals, and the sentences in the
// conditional after it go on listing them. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const PLAN = 'The 20-point plan, drafted by the US envoy with Kenya\'s negotiator, was handed to Ethiopia on Thursday.';

test('"Under it," after a plan with authors: the plan\'s provisions', () => {
  assertIncludes([
    [`${PLAN} Under it, Eritrea would withdraw its troops from Badme, while sanctions on Eritrea would be lifted in stages.`, 'USA PROPOSE sanctions []'],
    [`${PLAN} Under it, Eritrea would withdraw its troops from Badme, while sanctions on Eritrea would be lifted in stages.`, 'USA PROPOSE territory []'],
    [`${PLAN} Its text has been seen by several outlets. Under it, all prisoners of war would be exchanged within a month.`, 'USA PROPOSE humanitarian []'],
    ['Egypt\'s draft, written by its intelligence chief, was handed to both sides. Under it, Hamas would release all hostages within a week.', 'EGY PROPOSE humanitarian []'],
  ]);
  assertNone([`${PLAN} Under it, Eritrea would withdraw its troops from Badme.`], /^ERI OFFER/);
});

test('no plan right before, or "it" elsewhere: no provision', () => {
  assertNone([
    `${PLAN} Ethiopia said it would study the text. The talks resumed in Nairobi. Diplomats met on Friday. Under it, Eritrea would withdraw its troops from Badme.`,
    'Eritrea signed the deal on Monday. Under it, the border would be demarcated.',
    `${PLAN} Ethiopia said under it, Eritrea would withdraw its troops from Badme.`,
  ], /^USA PROPOSE (territory|humanitarian)/);
});
