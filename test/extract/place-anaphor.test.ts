// "The peninsula" after Crimea is named stands for Crimea (discourse/place-anaphor): "… would not discuss the
// peninsula's status" is a stance on that land, with its region, not on the talks. Sentences written for this test.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"the peninsula" after Crimea: Crimea', () => {
  assertIncludes([
    ['Ukraine wants talks on the status of Crimea. Russia, Lavrov said, would not discuss the peninsula\'s status with anyone.', 'RUS REJECT territory [UA-43]'],
    ['Kyiv raised Crimea at the first round. Moscow refused to negotiate over the peninsula, Peskov said.', 'RUS REJECT territory [UA-43]'],
    ['The Crimea question was left open. Zelensky proposed a 15-year period of consultations on the peninsula\'s future.', 'UKR PROPOSE territory [UA-43]'],
  ]);
});

test('no Crimea before, another region between, or another peninsula: no Crimea', () => {
  assertNone([
    'Tensions rose on the Korean peninsula. Seoul said it would not discuss the peninsula\'s status.',
    'Seoul said it would not discuss the peninsula\'s status.',
    'Kyiv raised Crimea at the first round. Then Russia demanded Kherson. Moscow refused to negotiate over the peninsula, Peskov said.',
  ], /REJECT .*UA-43/);
});
