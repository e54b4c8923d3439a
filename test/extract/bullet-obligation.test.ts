// A bullet of a principal side's own proposal list reads by its first modal (content/bullet-obligation): a deontic
// with another party or a thing as subject is that side's demand, "would"/"will" with the side itself as subject its
// offer; a bullet with no modal stays the list's proposal, and a mediator's list is untouched. Sentences written for
// this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const ALIYEV = 'Azerbaijani President Ilham Aliyev on Friday set out what he called a "fair peace proposal":';
const list = (...lines: string[]) => `${ALIYEV}\n\n${lines.map((l) => `* ${l}`).join('\n\n')}`;

test('an obligation on the other side in a principal side\'s proposal: a demand', () => {
  assertIncludes([
    [list('Armenia must withdraw its troops from the Syunik region.', 'Yerevan must officially drop its claim in the constitution.'), 'AZE DEMAND territory []'],
    [list('Armenia must withdraw its troops from the Syunik region.', 'Yerevan must officially drop its claim in the constitution.'), 'AZE DEMAND governance []'],
    [list('Sanctions against Azerbaijan must be lifted as part of any final agreement.'), 'AZE DEMAND sanctions []'],
    [list('Armenia has to release all prisoners of war.'), 'AZE DEMAND humanitarian []'],
  ]);
});

test('the side\'s own step in its proposal: an offer', () => {
  assertIncludes([
    [list('Armenia must withdraw its troops from the Syunik region.', 'Once those steps are taken, Azerbaijan would order a ceasefire and open talks.'), 'AZE OFFER ceasefire []'],
  ]);
});

test('no modal, the side\'s own deontic, or a mediator\'s list: the list\'s proposal stands', () => {
  // An arrangement with no modal stays a proposal.
  assertIncludes([[list('A peacekeeping force from neutral countries along the border.'), 'AZE PROPOSE security_guarantees []']]);
  assertNone([list('A peacekeeping force from neutral countries along the border.')], /^AZE DEMAND/);
  // The side's own obligation is no demand on the other.
  assertNone([list('Azerbaijan must be allowed to keep its troops at the current positions.')], /^AZE DEMAND/);
  // A mediator's plan: its obligations are its proposal (sentence/plan-proposes), not demands.
  assertNone([
    'The United States on Friday set out what it called a "fair peace proposal":\n\n* Armenia must withdraw its troops from the Syunik region.\n\n* Sanctions against Azerbaijan must be lifted.',
  ], /^USA DEMAND/);
});
