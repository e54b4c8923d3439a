// "take over" seizes land unless what is taken over is a task (content/taken-over-task): "expects European countries
// to take over a big part of that effort" asks a share of the work, no land. Sentences written for this test, on other
// parties (Armenia/Azerbaijan, Serbia/Kosovo, Israel/Hamas, Sudan); the negatives take over land and keep territory.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a task taken over names no land', () => {
  assertNone([
    'Trump said he expected European countries to take over a big part of that effort.',
    'Washington expects its allies to "take over a big part" of the long-term support effort for Armenia.',
    'Paris said Berlin should take over the lead in funding the monitors on the Armenian border.',
    'Belgrade wants Brussels to take over the burden of paying for the dialogue with Pristina.',
    'Qatar said Egypt would take over the coordination of the next releases of Israeli hostages.',
    'The army in Khartoum demanded that the African Union take over the running of the aid operation.',
  ], ' territory ');
});

test('land taken over keeps its issue', () => {
  assertIncludes([
    ['Baku vowed to take over the remaining villages in the border area.', 'AZE OFFER territory []'],
    ['Moscow demanded to take over the rest of the region.', 'RUS DEMAND territory []'],
    ['Russia wants to take over the whole of Donbas.', 'RUS DEMAND territory [UA-09,UA-14]'],
  ]);
});
