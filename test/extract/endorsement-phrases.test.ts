// Having "no problem with" a step accepts it (cue not-object); a state associating itself with a summit's
// communiqué endorses it, and choosing not to refuses it, one claim per party (cue agree; the communiqué as the
// stance's own object is the talks' outcome, issues.json talks weakTerms). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, assertNone, claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('"no problem with" accepts; associating oneself with a communiqué endorses it, choosing not to refuses it', () => {
  assertIncludes([
    ['Pashinyan said he had "no problem" with early elections.', 'ARM ACCEPT governance []'],
    ['Vucic said Serbia has no problem with a meeting in Brussels.', 'SRB ACCEPT talks []'],
    ['Brazil, Indonesia and Mexico chose not to associate themselves with the communique.', 'BRA REJECT talks []'],
    ['Brazil, Indonesia and Mexico chose not to associate themselves with the communique.', 'MEX REJECT talks []'],
    ['Georgia associated itself with the final declaration of the summit.', 'GEO ACCEPT talks []'],
  ]);
});

test('a problem named, a communiqué as the medium: no acceptance', () => {
  assertNone([
    'The problem with the ceasefire is that nobody monitors it.',
    'Aliyev said there was a problem with the draft on the border.',
  ], ' ACCEPT ');
  // A communiqué that states a demand is about the demand, not the talks.
  const g7 = labels('The G7 said in a communique that Russia must withdraw its troops from Georgia.');
  assert.ok(!g7.some((l) => l.includes(' talks ')), g7.join('\n'));
});
