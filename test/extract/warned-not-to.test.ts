// Warning a party not to do something asks it not to (trigger/warned-not-to): a demand on the act's issue, as
// "urged X not to" is, not a threat. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"warned X not to VERB": a demand', () => {
  assertIncludes([
    ['Aliyev warned Yerevan and its European backers not to "throw a wrench in the works" of the talks.', 'AZE DEMAND talks []'],
    ['Vucic warned Pristina not to derail the dialogue.', 'SRB DEMAND talks []'],
    ['Ethiopia warned Eritrea not to break the ceasefire along the border, the ministry said.', 'ETH DEMAND ceasefire []'],
  ]);
  assertNone(['Aliyev warned Yerevan and its European backers not to "throw a wrench in the works" of the talks.'], /^AZE THREATEN/);
});

test('a warning of a harmful step, or with no addressee before "not to", stays as it was', () => {
  // "warned that … would" names the harmful step: a threat (trigger/warning-is-threat).
  assertIncludes([['Aliyev warned that Azerbaijan would take the villages by force if the talks failed.', 'AZE THREATEN territory []']]);
  assertNone(['Aliyev warned that Azerbaijan would take the villages by force if the talks failed.'], /^AZE DEMAND territory/);
  // No party between the warning and "not to": no addressee, no demand read here.
  assertNone(['The ministry issued a warning not to travel to the border region.'], /DEMAND/);
});
