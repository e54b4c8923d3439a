// A side's own national guard keeping order in a zone or an area holds that land: territory (spec §2, who holds or
// gets land), not a security guarantee ("Russia insisted that its National Guard should police the zone", gold of
// own sets AE, AB, D: territory). A zone policed by an international force stays a guarantee. Frame of issues.json
// (territory, the frame of a national guard near a noun of land). Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

test('its national guard policing, patrolling or keeping order in a zone is territory', () => {
  assertIncludes([
    ['Belgrade insisted that its National Guard should police the buffer zone, which Pristina rejected.', 'SRB DEMAND territory []'],
    ['Belgrade insisted that its National Guard should police the buffer zone, which Pristina rejected.', 'XKX REJECT territory []'],
    ['Baku wanted its national guard to patrol the area after the Armenian withdrawal.', 'AZE DEMAND territory []'],
    ['Eritrean negotiators said their country\'s National Guard should be responsible for order inside the demilitarised zone.', 'ERI DEMAND territory []'],
    ['Israel insisted that its national guard should police the area.', 'ISR DEMAND territory []'],
  ]);
});

test('no guarantee read from a national guard in the zone', () => {
  assertNone([
    'Belgrade insisted that its National Guard should police the buffer zone, which Pristina rejected.',
    'Baku wanted its national guard to patrol the area after the Armenian withdrawal.',
  ], 'security_guarantees');
});

claimCases('an international force policing a zone stays a guarantee', [
  { body: 'Two of the officials said the US side had suggested the zone could be policed by an international force.', want: ['USA PROPOSE security_guarantees []'] },
]);

test('"guard" as a verb is no national guard', () => {
  assertNone(['Britain said its troops would guard the zone after a ceasefire.'], 'territory');
});
