// Withdrawing from an arrangement a pronoun stands for leaves that arrangement, not land (content/left-arrangement):
// "Azerbaijan said it would withdraw from it if Armenia violated it", of a truce named before, is about the truce.
// A place the pronoun stands for is still land. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const TRUCE = 'Armenia and Azerbaijan agreed on Monday to a thirty-day truce along the border, which can be extended by mutual consent.';
const SEA = 'The maritime ceasefire brokered by Qatar runs for sixty days from Sunday.';

test('withdrawing from "it" or "them": the arrangement the pronoun stands for', () => {
  assertIncludes([
    [`${TRUCE} Azerbaijan said it would withdraw from it if Armenia violated it.`, 'AZE THREATEN ceasefire []'],
    [`${SEA} Israel reserved the right to withdraw from it if Hamas broke its terms.`, 'ISR THREATEN ceasefire []'],
    [`${TRUCE} Baku warned that it could pull out of it at any time.`, 'AZE THREATEN ceasefire []'],
    [`${SEA} Israel reserved the right to withdraw if Hamas breached it.`, 'ISR THREATEN ceasefire []'],
  ]);
});

test('a place, land or no pronoun: the withdrawal stays territory or leaves nothing', () => {
  assertNone([
    `${TRUCE} Azerbaijan said it would withdraw from it if Armenia violated it.`,
    `${SEA} Israel reserved the right to withdraw from it if Hamas broke its terms.`,
  ], /THREATEN territory/);
  assertIncludes([
    ['Russian forces seized Kherson last year. Kyiv said Russia must withdraw from it.', 'UKR DEMAND territory []'],
    ['Eritrea still holds Badme. Ethiopia demanded that Eritrea withdraw from it.', 'ETH DEMAND territory []'],
    [`${TRUCE} Azerbaijan said it would withdraw its troops from the border if Armenia agreed.`, 'AZE OFFER territory []'],
  ]);
  assertNone([`${TRUCE} Azerbaijan said it would withdraw from it if Armenia violated it.`], /AZE \w+ talks/);
});
