// A stance whose own object is an agreement named by the cargo it lets through is on the truce at sea that sea-lane
// deal holds (content/cargo-object): signing, backing or rejoining it is a stance on the ceasefire. Sentences written
// for this test, about other seas and other parties than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('an agreement named by its cargo, as the stance\'s own object: ceasefire', () => {
  assertIncludes([
    ['Eritrea and Ethiopia signed separate agreements with Djibouti and the United Nations on Monday to reopen the Red Sea ports to wheat exports.', 'ERI ACCEPT ceasefire []'],
    ['Eritrea and Ethiopia signed separate agreements with Djibouti and the United Nations on Monday to reopen the Red Sea ports to wheat exports.', 'ETH ACCEPT ceasefire []'],
    ['Armenia and Azerbaijan on Friday signed parallel agreements with Iran that would allow thousands of tonnes of grain stuck in the Caspian ports to leave by sea.', 'AZE ACCEPT ceasefire []'],
    ['Egypt said it backs the extension of the agreements that allow Sudanese wheat to be shipped through the Red Sea.', 'EGY ACCEPT ceasefire []'],
  ]);
});

test('no cargo, an issue of its own, or no agreement as the object: no truce at sea', () => {
  assertNone([
    'Eritrea and Ethiopia signed separate agreements with Djibouti and the United Nations on Monday.',
    'Eritrea signed an agreement with Djibouti on Monday that would allow its officials to visit the port.',
    'Sudan said it would raise the issue of the wheat deal at the summit.',
    'Egypt said it backs the efforts of the mediators, who want grain exports to resume.',
    // (The cargo only as the deal's name before it: content/referred-agreement keeps "the grain deal" as it is.)
    'Sudan said it would return to the Red Sea grain deal as soon as its ships were inspected.',
  ], /ceasefire/);
  // (A deal on the exporter's own trade names sanctions, which it keeps.)
  assertIncludes([
    ['Iran signed an agreement with the United Nations to ease restrictions on Iranian fertiliser exports.', 'IRN ACCEPT sanctions []'],
  ]);
  assertNone(['Iran signed an agreement with the United Nations to ease restrictions on Iranian fertiliser exports.'], /ceasefire/);
});
