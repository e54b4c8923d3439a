// The way back to a former line is a withdrawal (issues.json territory frames): a noun of positions or lines after
// 'back' or a verb of returning ("must first go back to the positions they held"), troops that must leave with a
// modal between ("forces must leave it"), and retiring one's troops. Not a party's negotiating positions, not
// 'back' as support, not soldiers on leave.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('going or coming back to a former line names the land', () => {
  assertIncludes([
    ['Pashinyan said Azerbaijani troops must first go back to the positions they held before September 2022.', 'ARM DEMAND territory []'],
    ['Kurti said Pristina would sign the deal only after Serbian units return to the lines they held in 1999.', 'XKX DEMAND territory []'],
    ['Khartoum demanded that the RSF retire its forces at least to the lines of last April.', 'SDN DEMAND territory []'],
    ['Baku was willing to move its forces back to the line they held in 2020, officials said.', 'AZE OFFER territory []'],
  ]);
});

test('troops that must leave, with a modal between', () => {
  assertIncludes([
    ['Nagorno-Karabakh, Aliyev said, is Azerbaijani land, and Armenian forces must leave it if the war is to end.', 'AZE DEMAND territory []'],
    ['Vucic insisted that Kosovo special police units should then leave the north.', 'SRB DEMAND territory []'],
  ]);
});

test('negotiating positions, backing and leave are no withdrawal', () => {
  assertNone([
    'Baku said it would return to the positions it set out in Geneva.',
    'Washington would back the positions of Yerevan in the talks, Blinken said.',
    'Serbia insisted that its soldiers on leave were not involved.',
  ], ' territory ');
});
