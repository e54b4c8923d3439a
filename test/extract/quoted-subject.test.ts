// A noun phrase quoted whole as a deontic's subject (content/quoted-subject): 'Putin said "all the root causes of the
// conflict" must be eliminated' demands its quoted subject, as an unquoted one is. A quoted clause, a quote opened
// elsewhere in the sentence or a subject naming no issue gives nothing. Sentences written for this test, about
// disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a subject quoted whole after a verb of saying: what the deontic demands', () => {
  assertIncludes([
    ['Aliyev said "all the root causes of the conflict" must be eliminated.', 'AZE DEMAND governance []'],
    ['Abiy Ahmed said "all the primary causes, the deep causes" of the war should be addressed.', 'ETH DEMAND governance []'],
    ['Vucic insisted that "the rights of the Serb minority in Kosovo" must be fully protected.', 'SRB DEMAND rights []'],
    ['Netanyahu said "the release of every last hostage" had to be secured first.', 'ISR DEMAND humanitarian []'],
    ['Pashinyan said "any future peacekeeping mission" should be approved by parliament.', 'ARM DEMAND security_guarantees []'],
  ]);
});

test('a quoted clause, a quote opened elsewhere, or no issue: nothing demanded of the quote', () => {
  assertNone([
    'Aliyev said "we will never forget the root causes" must be remembered.',
    'Aliyev spoke of "peace" and said all the people of the region must be heard.',
    'Aliyev said "the next round in Geneva" must be prepared carefully by both delegations.',
  ], /AZE DEMAND governance/);
  assertNone([
    'Vucic said "the people of Kosovo" must be heard.',
  ], /SRB DEMAND/);
});
