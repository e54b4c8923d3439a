// A settlement term expected to take effect or be kept is demanded (trigger/want-needs-act, wanted-act.ts
// expectedOnset): "expects a full and lasting ceasefire to start from tomorrow", "expects the truce to be respected".
// Not a forecast of its failure, not the talks resuming. Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

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

// A bare noun phrase expected to take effect or be lifted, opened by a capitalised modifier or the issue term itself.
claimCases('a bare term expected to be lifted is demanded', [
  { body: 'Belgrade expects sanctions to be lifted.', want: ['SRB DEMAND sanctions []'] },
  { body: 'Moscow expected Western sanctions affecting its own shipments to be eased.', want: ['RUS DEMAND sanctions []'] },
  { body: 'Analysts expect the ceasefire to collapse.', want: [] },
]);
