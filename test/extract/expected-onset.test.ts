// A settlement term expected to take effect or be kept is demanded (trigger/want-needs-act, wanted-act.ts
// expectedOnset): "expects a full and lasting ceasefire to start from tomorrow", "expects the truce to be respected".
// Not a forecast of its failure, not the talks resuming. Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a term expected to start, take effect or be respected is demanded', () => {
  assertIncludes([
    ['Pashinyan said he expects a full and lasting ceasefire to start from Monday.', 'ARM DEMAND ceasefire []'],
    ['Pashinyan said he expects the truce to be respected by both sides.', 'ARM DEMAND ceasefire []'],
    ['Kurti said Pristina expects the sanctions relief to take effect in June.', 'XKX DEMAND sanctions []'],
    ['Burhan said Khartoum expects the humanitarian truce to be observed in El Fasher.', 'SDN DEMAND ceasefire []'],
  ]);
});

test('a forecast of failure or of talks resuming demands nothing', () => {
  assertNone([
    'Pashinyan said he expects the ceasefire to collapse within weeks.',
    'Aliyev expects the talks to start in May.',
    'Analysts expect the truce to be respected for now.',
  ], ' DEMAND ');
});
