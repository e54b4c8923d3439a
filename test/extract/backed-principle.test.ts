// A third party that supports a state's territorial integrity or sovereignty accepts no one's proposal: it asks for the
// land to be respected, DEMAND territory (claim/backed-principle). Backing a proposal, or backing anything else, still
// accepts. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('a third party backing territorial integrity or sovereignty demands it', () => {
  for (const [body, want] of [
    ['Armenia and Azerbaijan resumed talks on Monday. France backed the principle that any settlement must respect Armenia\'s sovereignty and territorial integrity.', 'FRA DEMAND territory'],
    ['Serbia and Kosovo resumed talks in Brussels. Germany supports the territorial integrity of Kosovo, Scholz said.', 'DEU DEMAND territory'],
    ['Baku and Yerevan resumed their talks. Turkey backs Azerbaijan\'s territorial integrity, Erdogan said.', 'TUR DEMAND territory'],
    ['Russia and Ukraine met in Istanbul. China supports the sovereignty and territorial integrity of all countries, Wang Yi said.', 'CHN DEMAND territory'],
    // (A chain of cues ending in the verb of support; a verb inside the phrase, "voted in favour of"; an assembly's
    // resolution voted for, withdrawal included.)
    ['Georgia and Russia held talks in Geneva. Denmark would continue to support "a peace that respects the territorial integrity of Georgia", Olsen said.', 'DNK DEMAND territory'],
    ['Georgia and Russia held talks in Geneva. Chile voted in favour of UN resolutions upholding the territorial integrity of Georgia.', 'CHL DEMAND territory'],
    ['Georgia and Russia held talks in Geneva. Chile voted in favour of the UN resolution in March that called for Russia to withdraw its troops from Abkhazia.', 'CHL DEMAND territory'],
  ] as const) {
    const got = labels(body);
    assert.ok(got.some((l) => l.startsWith(want)), `${body}\n${got.join('\n')}`);
    assert.ok(!got.some((l) => l.startsWith(want.replace('DEMAND', 'ACCEPT'))), `${body}\n${got.join('\n')}`);
  }
});

test('backing a proposal, or another thing, still accepts', () => {
  for (const [body, want] of [
    ['Armenia and Azerbaijan resumed talks on Monday. France backed the Armenian proposal on the delimitation of the border.', 'FRA ACCEPT'],
    ['Serbia and Kosovo resumed talks in Brussels. Germany supported the ceasefire in the north.', 'DEU ACCEPT ceasefire'],
    ['Armenia and Azerbaijan resumed talks on Monday. Chile voted in favour of the Armenian proposal on the border.', 'CHL ACCEPT'],
  ] as const) {
    const got = labels(body);
    assert.ok(got.some((l) => l.startsWith(want)), `${body}\n${got.join('\n')}`);
  }
});
