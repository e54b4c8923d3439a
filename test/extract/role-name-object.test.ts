// A person's name right after the role that introduces it ("UN chief Antonio Guterres", "UN Secretary-General
// Antonio Guterres") is one noun phrase with the role: an object when the role is, even where a lower-case role word
// or a hyphened title stops the walk back to the preposition (discourse/role-name-apposition). So the addressee is
// no subject of a participle after it. Sentences written for this test (own set AO had the construction).
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a named addressee after its role is an object, not the participle\'s subject', () => {
  assertIncludes([
    ['Kurti had written to Serbian President Aleksandar Vucic and UN chief Antonio Guterres proposing that talks resume in Brussels.', 'XKX PROPOSE talks []'],
    ['Pashinyan sent a letter to EU Council President Antonio Costa and UN Secretary-General Antonio Guterres proposing a summit in Geneva.', 'ARM PROPOSE talks []'],
    ['Zelensky had written to Erdogan and UN Secretary-General Antonio Guterres proposing that the grain corridor continue without Russia.', 'UKR PROPOSE ceasefire []'],
  ]);
  assertNone(['Kurti had written to Serbian President Aleksandar Vucic and UN chief Antonio Guterres proposing that talks resume in Brussels.'], 'UN PROPOSE');
  assertNone(['Zelensky had written to Erdogan and UN Secretary-General Antonio Guterres proposing that the grain corridor continue without Russia.'], 'UN PROPOSE');
});

test('the role and name as a subject still hold the stance', () => {
  assertIncludes([
    ['UN Secretary-General Antonio Guterres proposed a ceasefire in Sudan.', 'UN PROPOSE ceasefire []'],
    ['UN chief Antonio Guterres called for an immediate ceasefire in Gaza.', 'UN PROPOSE ceasefire []'],
  ]);
});

// "without" governs its party as any preposition does (roles.json objectMarkers): the party left out is no subject
// of a later stance, nor the "he" after it.
test('a party after "without" is an object', () => {
  assertIncludes([
    ['Kurti said Kosovo was ready to keep the border open without Serbia and had written to the EU envoy proposing that talks resume in Brussels.', 'XKX PROPOSE talks []'],
    ['Pashinyan said Armenia was ready to open the road without Azerbaijan, and he wrote to the EU envoy proposing a summit in Geneva.', 'ARM PROPOSE talks []'],
  ]);
  assertNone(['Kurti said Kosovo was ready to keep the border open without Serbia and had written to the EU envoy proposing that talks resume in Brussels.'], 'SRB PROPOSE');
  assertNone(['Pashinyan said Armenia was ready to open the road without Azerbaijan, and he wrote to the EU envoy proposing a summit in Geneva.'], 'AZE PROPOSE');
});
