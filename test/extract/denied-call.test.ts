// "Harris said Putin was not calling for negotiations but for Ukraine's surrender": a speaker who says another party's
// call is not for what it names but for a capitulation dismisses it (trigger/denied-call), a REJECT of the speaker on
// the issue the call names; no demand of the subject. Sentences written for this test, about disputes other than the
// corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"X was not calling for … but for surrender": the speaker dismisses the call', () => {
  assertIncludes([
    ['Pashinyan said Aliyev was not calling for negotiations but for Armenia\'s capitulation.', 'ARM REJECT talks []'],
    ['Kurti said on Monday that Vucic was "not calling for talks, he is calling for surrender".', 'XKX REJECT talks []'],
    ['Kurti, speaking in Pristina on Friday, said Vucic was not calling for talks but for Kosovo\'s capitulation.', 'XKX REJECT talks []'],
  ]);
  assertNone([
    'Pashinyan said Aliyev was not calling for negotiations but for Armenia\'s capitulation.',
  ], /^AZE DEMAND/);
});

test('no capitulation, no other party, or no speaker: no dismissal', () => {
  assertNone([
    'Pashinyan said Aliyev was not calling for negotiations but for a ceasefire.',
    'Pashinyan said Armenia was not calling for negotiations but for the surrender of the occupied villages.',
    'Aliyev was not calling for negotiations but for Armenia\'s capitulation, according to analysts.',
  ], /^ARM REJECT/);
});
