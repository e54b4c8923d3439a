// "He told reporters that he did not trust Baku and that talks could only begin after Azerbaijani troops left": a party
// inside the first of two coordinated that-clauses is that clause's subject or object, not the subject of a stance in
// the second (holder/closed-that-clause); with no party of its own, the second clause's stance is the reporter's.
// Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a stance in a second that-clause is the reporter\'s, not a party named in the first', () => {
  assertIncludes([
    ['Pashinyan told reporters that he did not trust Baku and that talks could only begin after Azerbaijani troops left the territory they had occupied.', 'ARM DEMAND territory []'],
    ['Kurti said that Serbia had armed the gunmen and that talks could resume only after Belgrade withdrew its troops from the border.', 'XKX DEMAND territory []'],
  ]);
});

test('the party in the first that-clause does not take the second clause\'s stance', () => {
  assertNone([
    'Pashinyan told reporters that he did not trust Baku and that talks could only begin after Azerbaijani troops left the territory they had occupied.',
  ], /^AZE /);
  assertNone([
    'Kurti said that Serbia had armed the gunmen and that talks could resume only after Belgrade withdrew its troops from the border.',
    'Kurti said that Serbia had armed the gunmen, but that talks could resume only after Belgrade withdrew its troops from the border.',
  ], /^SRB /);
});

test('a party subject of the second clause still holds its stance', () => {
  assertIncludes([
    ['Aliyev said that the talks had stalled and that Armenia must withdraw its troops from the border villages.', 'AZE DEMAND territory []'],
    ['Kurti said that the talks had stalled and that Serbia rejected the new draft.', 'SRB REJECT talks []'],
  ]);
});
