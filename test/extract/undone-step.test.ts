// A demand that a party undo its step or keep an agreement named before names no issue of its own; it is about that
// agreement (content/undone-step). Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const TRUCE = 'Eritrea on Monday pulled out of the Red Sea ceasefire agreement with Ethiopia.';
const GRAIN = 'Azerbaijan on Monday quit the Caspian grain deal that had let Armenian wheat reach foreign ports.';

test('a step to undo or an agreement to keep, named before: its issue', () => {
  assertIncludes([
    [`${TRUCE} The African Union said it regretted the decision. Kenya urged Asmara to reconsider.`, 'KEN DEMAND ceasefire []'],
    [`${TRUCE} Nairobi called the move reckless and called on Eritrea to reverse it.`, 'KEN DEMAND ceasefire []'],
    [`${GRAIN} France called on Baku to return to the agreement without conditions.`, 'FRA DEMAND ceasefire []'],
    [`${GRAIN} Washington said the exit was a blow to world food markets. The United States wants Azerbaijan to reverse course and rejoin the initiative.`, 'USA DEMAND ceasefire []'],
    ['Serbia and Kosovo signed a truce on the northern border on Friday. The EU welcomed it and urged both parties to implement it in full.', 'EU DEMAND ceasefire []'],
  ]);
});

test('an agreement named a paragraph before, past four sentences: still its issue', () => {
  assertIncludes([
    [`Markets in Yerevan were quiet on Monday. Bread prices were stable. Traders waited for news. ${GRAIN} Ships waited off Baku. Insurers raised their rates. Bakers in Yerevan raised bread prices. Farmers protested in Gyumri. Freight rates rose. France called on Baku to return to the agreement without conditions.`, 'FRA DEMAND ceasefire []'],
  ]);
});

test('an object of its own, or no agreement named before: nothing read back', () => {
  assertNone([
    `${TRUCE} Kenya urged Asmara to reconsider its stance on the elections.`,
    'Kenya urged Asmara to reconsider.',
    `${GRAIN} Armenia said the decision was a blow. Armenia urged its partners to reconsider their travel plans.`,
  ], /^\S+ DEMAND ceasefire/);
});
