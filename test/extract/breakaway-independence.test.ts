// The independence of a breakaway republic or region is its recognition as a state (issues.json recognition, the
// independence frame), not governance; a state's own independence ("the sovereignty, independence and territorial
// integrity of all countries") is no such recognition. A frame or term that spans a place still names it
// (content/place-in-frame): "the independence of the Donbas republics" is about Donetsk and Luhansk. Sentences written
// for this test, on other disputes (Serbia/Kosovo, Georgia's regions, Azerbaijan/Armenia, Moldova) and the Donbas in
// other wordings.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the independence of a breakaway entity is recognition', () => {
  assertIncludes([
    ['Moscow demanded that Tbilisi accept the independence of the breakaway regions of Abkhazia and South Ossetia.', 'RUS DEMAND recognition []'],
    ['Serbia will never accept the independence of its breakaway province, Vucic said.', 'SRB REJECT recognition []'],
    ['Azerbaijan rejected any independence for the Armenian enclave.', 'AZE REJECT recognition []'],
    ['Chisinau ruled out the independence of the separatist region, the president said.', 'MDA REJECT recognition []'],
  ]);
  assertNone([
    'Moscow demanded that Tbilisi accept the independence of the breakaway regions of Abkhazia and South Ossetia.',
    'Serbia will never accept the independence of its breakaway province, Vucic said.',
  ], ' governance ');
});

test("a state's own independence is no recognition", () => {
  assertNone([
    'China said the sovereignty, independence and territorial integrity of all countries must be upheld.',
  ], ' recognition ');
});

test('a frame spanning a place keeps the place', () => {
  assertIncludes([
    ['Lavrov said the independence of the Donbas republics was not a question for negotiation.', 'RUS REJECT recognition [UA-09,UA-14]'],
    ['Russia wanted Ukraine to acknowledge Crimea as Russian and recognise the separatist republics of Donetsk and Luhansk as independent states.', 'RUS DEMAND recognition [UA-09,UA-14,UA-43]'],
  ]);
});
