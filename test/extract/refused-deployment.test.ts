// A third party that would not send or station forces on another party's land refuses a security guarantee
// (candidate/modal with candidate/modal-deployment's frame); one of the two sides keeping its own forces back
// concedes (spec rule 7). Troops from the alliance's member states are foreign troops (issues.json). Sentences
// written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a third party withholding its forces from another party refuses a guarantee', () => {
  assertIncludes([
    ['Tusk said Poland would not deploy troops on Ukrainian soil.', 'POL REJECT security_guarantees []'],
    ['Meloni said Rome will not station troops in Sudan after a ceasefire.', 'ITA REJECT security_guarantees []'],
    ['Berlin said it would not send soldiers to Armenia.', 'DEU REJECT security_guarantees []'],
  ]);
  assertNone([
    'Tusk said Poland would not deploy troops on Ukrainian soil.',
    'Meloni said Rome will not station troops in Sudan after a ceasefire.',
  ], ' OFFER ');
});

test('a side keeping its own forces back still concedes', () => {
  assertIncludes([
    ['Russia would not deploy troops in Belarus, Lavrov said.', 'RUS OFFER security_guarantees []'],
  ]);
});

test('troops from the alliance\'s member states are foreign troops', () => {
  assertIncludes([
    ['Moscow said it will not accept the presence of troops from NATO states in Ukraine.', 'RUS REJECT security_guarantees []'],
    ['The Kremlin said it would never accept troops from NATO member states in Ukraine.', 'RUS REJECT security_guarantees []'],
  ]);
});
