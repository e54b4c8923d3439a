// Credits to outlets the lexicon does not know (discourse/unknown-outlets): a capitalised name with a word
// only news organisations carry ("the Baltic Courier", "Ukrainska Pravda") is the credited outlet; names of
// offices and titles are not; a short form of the publisher's own name is the publisher.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const outletOf = (body: string, outlet = 'Example Wire') => claimsOf(body, { outlet }).map((c) => c.source.outlet);

test('", the X Courier reported" credits an unknown outlet', () => {
  assert.deepEqual(outletOf('Moscow demanded that Kyiv withdraw from the Kharkiv region, the Baltic Courier reported.'), ['Baltic Courier']);
});

test('"as first reported by the X Herald" and "told X Pravda" credit unknown outlets', () => {
  assert.deepEqual(outletOf('Washington has proposed a ceasefire at sea, as first reported by the Aral Herald.'), ['Aral Herald']);
  assert.deepEqual(outletOf('Zelensky told Ukrainska Pravda that Ukraine would never recognise Crimea as Russian.'), ['Ukrainska Pravda']);
});

test('an office or a title with a news word is no outlet: "Press Secretary", "the Daily Briefing Office"', () => {
  assert.deepEqual(outletOf('Russia will not withdraw from the Kherson region, White House Press Secretary Jane Doe said.'), ['Example Wire']);
  assert.deepEqual(outletOf('Moscow rejected the ceasefire, the Kremlin said in its Daily Briefing Office statement.'), ['Example Wire']);
});

test('a short form of the publisher\'s name is the publisher: "told the Frontline Post" in the Kyiv Frontline Post', () => {
  assert.deepEqual(outletOf('Yermak told the Frontline Post that Ukraine would not cede Donetsk.', 'Kyiv Frontline Post'), ['Kyiv Frontline Post']);
});
