// Goals, aims or objectives a party set out are demands, as its terms are (trigger/terms-set-out 'nouns'), also when a
// pronoun ("the same ones", "those") stands for the noun past a parenthesis ('pronouns'). Sentences written for these
// tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('goals set out are demanded, not proposed', () => {
  assertIncludes([
    ['Aliyev said his goals were those he had set out in 2020: the return of Lachin and the withdrawal of Armenian troops.', 'AZE DEMAND territory []'],
    ['Those aims, Vucic said, were the same ones he had laid out in March: the lifting of sanctions on Serbia.', 'SRB DEMAND sanctions []'],
    ['The objectives Putin set out in June were clear: the neutrality of Ukraine.', 'RUS DEMAND alliance []'],
  ]);
  assertNone([
    'Aliyev said his goals were those he had set out in 2020: the return of Lachin and the withdrawal of Armenian troops.',
    'Those aims, Vucic said, were the same ones he had laid out in March: the lifting of sanctions on Serbia.',
  ], ' PROPOSE ');
});

test('a plan set out by a mediator stays a proposal', () => {
  assertIncludes([
    ['Erdogan set out a plan for a Black Sea ceasefire.', 'TUR PROPOSE ceasefire []'],
  ]);
});
