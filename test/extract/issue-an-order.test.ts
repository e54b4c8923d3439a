// "Issue" in its base form is a verb of making like "issued" and "issues" (trigger/reference-back 'makingVerbs'): "we
// will issue an order to cease fire" states the speaker's new stance, not one referred back to with "an". Sentences
// written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"will issue an order to" a truce or a release: the subject offers it', () => {
  assertIncludes([
    ['"As soon as Yerevan signs, we will immediately issue an order to cease fire," Aliyev said.', 'AZE OFFER ceasefire []'],
    ['Abiy said Addis Ababa was ready to issue an order to cease fire along the whole border once Asmara withdrew.', 'ETH OFFER ceasefire []'],
    ['Vucic said Belgrade would issue an order to release the detained Kosovo police officers within a day.', 'SRB OFFER humanitarian []'],
  ]);
});

test('an order issued to a party\'s own forces to attack, or no party issuing it: no offer', () => {
  assertNone([
    'The general will issue an order to shell the town, residents feared.',
    'An order to cease fire was expected later in the day, diplomats said.',
  ], /OFFER ceasefire/);
});
