// Predicates of necessity (cues 'essential' and 'not-necessary', trigger/negation 'raisingVerbs', trigger/want-needs-act
// 'freeRelatives'): a step called necessary is demanded, one called unnecessary is refused, and so is one that the
// holder "does not think" necessary (the negation raised to the verb of opinion). Idioms of effort name no step.
// Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a step called unnecessary is refused', () => {
  assertIncludes([
    ['Aliyev said a peace treaty was not necessary for now.', 'AZE REJECT talks []'],
    ['Vucic said sanctions relief was unnecessary.', 'SRB REJECT sanctions []'],
    ['Trump said a ceasefire would not be necessary.', 'USA REJECT ceasefire []'],
  ]);
});

test('a need under a negated opinion is refused, not demanded', () => {
  assertIncludes([
    ['Trump said he did not think a ceasefire was necessary.', 'USA REJECT ceasefire []'],
    ['Pashinyan said he does not believe peacekeepers would be needed.', 'ARM REJECT security_guarantees []'],
    ['Trump said he doesn\'t think a truce is necessary before the summit.', 'USA REJECT ceasefire []'],
  ]);
  assertNone([
    'Trump said he did not think a ceasefire was necessary.',
    'Pashinyan said he does not believe peacekeepers would be needed.',
  ], ' DEMAND ');
});

test('a step called necessary is wanted; idioms of effort are not', () => {
  assertIncludes([
    ['Kurti said the lifting of sanctions on Kosovo was necessary before any deal.', 'XKX DEMAND sanctions []'],
  ]);
  assertNone([
    'Fidan said Turkey was ready to host the next round of talks and to do "whatever is necessary".',
    'The army will take all necessary measures.',
    'Troops would respond if necessary.',
  ], / (DEMAND|PROPOSE) /);
});
