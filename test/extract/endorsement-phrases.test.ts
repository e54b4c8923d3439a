// Having "no problem with" a step accepts it (cue not-object); a state associating itself with a summit's
// communiqué endorses it, and choosing not to refuses it, one claim per party (cue agree; the communiqué as the
// stance's own object is the talks' outcome, issues.json talks weakTerms). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('"no problem with" accepts; associating oneself with a communiqué endorses it, choosing not to refuses it', () => {
  for (const [body, want] of [
    ['Pashinyan said he had "no problem" with early elections.', 'ARM ACCEPT governance []'],
    ['Vucic said Serbia has no problem with a meeting in Brussels.', 'SRB ACCEPT talks []'],
    ['Brazil, Indonesia and Mexico chose not to associate themselves with the communique.', 'BRA REJECT talks []'],
    ['Brazil, Indonesia and Mexico chose not to associate themselves with the communique.', 'MEX REJECT talks []'],
    ['Georgia associated itself with the final declaration of the summit.', 'GEO ACCEPT talks []'],
  ] as const) {
    const got = labels(body);
    assert.ok(got.includes(want), `${body}\n${got.join('\n')}`);
  }
});

test('a problem named, a communiqué as the medium: no acceptance', () => {
  for (const body of [
    'The problem with the ceasefire is that nobody monitors it.',
    'Aliyev said there was a problem with the draft on the border.',
  ]) {
    const got = labels(body);
    assert.ok(!got.some((l) => l.includes(' ACCEPT ')), `${body}\n${got.join('\n')}`);
  }
  // A communiqué that states a demand is about the demand, not the talks.
  const g7 = labels('The G7 said in a communique that Russia must withdraw its troops from Georgia.');
  assert.ok(!g7.some((l) => l.includes(' talks ')), g7.join('\n'));
});
