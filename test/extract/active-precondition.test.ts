// A modal, "only" and an active verb phrase before a subordinator of time or condition ("could only come into force
// after", "would only take effect once", "would only return to the talks when") make what follows a precondition
// the speaker demands (candidate/only-precondition 'activePreps'), as the passive "could only be signed after" does.
// Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('what a step can only follow is demanded', () => {
  assertIncludes([
    ['Pashinyan said the guarantees could only come into force after a ceasefire and a pullback of Azerbaijani troops.', 'ARM DEMAND territory []'],
    ['Pashinyan said the guarantees could only come into force after a ceasefire and a pullback of Azerbaijani troops.', 'ARM DEMAND ceasefire []'],
    ['Aliyev said the treaty would only take effect once Armenian troops withdrew from the border villages.', 'AZE DEMAND territory []'],
    // (A party joined by a hyphen to a participle modifies the noun after it: holder/hyphened-modifier.)
    ['Aliyev said a U.S.-brokered truce would only take effect after the Armenian troops withdrew.', 'AZE DEMAND territory []'],
    ['Belgrade said the EU-backed deal could only come into force once Kosovo withdrew its special police from the north.', 'SRB DEMAND territory []'],
    ['Kurti said Kosovo would only return to the talks when Serbia recognised its independence.', 'XKX DEMAND recognition []'],
  ]);
});

test('the step itself stays the speaker\'s own, and no precondition is read without "only" or a party', () => {
  assertIncludes([['Kurti said Kosovo would only return to the talks when Serbia recognised its independence.', 'XKX OFFER talks []']]);
  assertNone(['Kurti said Kosovo would only return to the talks when Serbia recognised its independence.'], 'XKX OFFER recognition');
  assertNone([
    'Analysts said the war could only end when one side ran out of men.',
    'Pashinyan said the guarantees would come into force after the vote in parliament.',
  ], / DEMAND /);
});
