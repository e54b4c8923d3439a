// A subject declared "not something" (or "nothing") a party could accept or agree to is refused
// (candidate/not-something-accepted); a thing declared no matter for negotiation, or no realistic option, is refused
// (cues.json reject-predicate). Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"not something X could accept / agree to", "nothing X would sign" refuse the subject', () => {
  assertIncludes([
    ['Pashinyan said limits on the Armenian army were not something Armenia could accept.', 'ARM REJECT military_limits []'],
    ['Aliyev said recognition of Karabakh as Armenian is not something Azerbaijan would ever agree to.', 'AZE REJECT recognition []'],
    ['Vucic said recognition of Kosovo is nothing Serbia would sign.', 'SRB REJECT recognition []'],
    ["Armenia's foreign ministry spokeswoman said a cap on the size of the Armenian army is not something we are agreeing to.", 'ARM REJECT military_limits []'],
  ]);
});

test('the verb inside gives no acceptance of its own', () => {
  assertNone([
    'Pashinyan said limits on the Armenian army were not something Armenia could accept.',
    'Aliyev said recognition of Karabakh as Armenian is not something Azerbaijan would ever agree to.',
  ], ' ACCEPT ');
});

test('no matter for negotiation, no realistic option: refused', () => {
  assertIncludes([
    ['Baku said the withdrawal of its troops from the border villages is not a matter for negotiation.', 'AZE REJECT territory []'],
    ['Pristina said talks with Belgrade in Moscow were not a realistic option.', 'XKX REJECT talks []'],
    ['Yerevan said a ceasefire line along the current positions was not a subject for negotiation.', 'ARM REJECT ceasefire []'],
  ]);
});

test('not a refusal: something that can be done, something affirmed, a negated doubt', () => {
  assertNone([
    'Pashinyan said peace was not something that could be bought.',
    'Aliyev said he was not sure something could be agreed this year.',
    'Vucic said a freeze was something Serbia could accept.',
  ], ' REJECT ');
});
