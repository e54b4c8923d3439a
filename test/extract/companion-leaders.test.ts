// Leaders named as someone's companions after "with" ("Pashinyan travels to Brussels with the leaders of France, Germany
// and Italy") are who goes along on one occasion, not the members of "European leaders" elsewhere in the article
// (discourse/enumerated-group): that group keeps speaking as EUR. Sentences written for this test.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const WITH = [
  'Pashinyan will travel to Brussels on Monday with the leaders of France, Germany and Italy. European leaders said on Saturday that Azerbaijan must withdraw its troops from Armenian territory.',
  'Kurti flew to Washington with leaders of Britain, France and Poland. European leaders said on Friday that Serbia must withdraw its troops from the border.',
];

test('companions after "with" do not become "European leaders"', () => {
  assertIncludes([[WITH[0], 'EUR DEMAND territory []'], [WITH[1], 'EUR DEMAND territory []']]);
  assertNone(WITH, /^(FRA|DEU|ITA|GBR|POL) DEMAND/);
});

test('a list that heads its own clause still names the group (spec rule 8)', () => {
  assertIncludes([
    ['The leaders of France, Germany and Italy met in Brussels on Monday. European leaders said that Azerbaijan must withdraw its troops from Armenian territory.', 'FRA DEMAND territory []'],
    ['The leaders of France, Germany and Italy met in Brussels on Monday. European leaders said that Azerbaijan must withdraw its troops from Armenian territory.', 'ITA DEMAND territory []'],
  ]);
});
