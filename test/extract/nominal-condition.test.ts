// A condition that is a noun phrase ("in case of provocations", "in the event of an attack") ends, with no comma after
// it, at a dash, an existential "there" and its verb, or a party and a modal (claim/nominal-condition-end): the threat
// after it is the speaker's, not part of the condition. Sentences written for this test, about disputes other than the
// corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the main clause after a noun-phrase condition with no comma: its stance stands', () => {
  assertIncludes([
    ['Pashinyan said that in the event of an attack there would be an immediate military response.', 'ARM THREATEN ceasefire []'],
    ['"In case of provocations — an immediate military response," Aliyev wrote.', 'AZE THREATEN ceasefire []'],
    ['Aliyev said that in case of provocations Azerbaijan would respond.', 'AZE THREATEN ceasefire []'],
  ]);
});

test('a hyphen inside a word ends nothing', () => {
  // (The hyphen of "cross-border" is no dash: nothing after it is taken out of the condition.)
  assertNone([
    'Aliyev said that in case of a cross-border attack the allies would consult.',
    'NATO said that in the event of a cross-border incident there was no need for alarm.',
  ], /THREATEN|DEMAND|OFFER/);
});
