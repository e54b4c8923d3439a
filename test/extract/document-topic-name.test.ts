// A place's name before a document noun, after a count or another author, names what the document is about, not who
// wrote it (discourse/document-topic-name): "China's 12-point Ukraine paper" is China's alone. An initialism before
// it ("a 28-point US plan") and a party adjective ("the Turkish draft") still name the authors. Sentences written for
// this test, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a place named before the document after a count is its topic', () => {
  const s = 'Qatar published a 12-point Sudan paper on Friday. The paper calls for a ceasefire in El Fasher.';
  assertIncludes([[s, 'QAT PROPOSE ceasefire []']]);
  assertNone([s], 'SDN PROPOSE');
  // (After another author in the phrase too.)
  const t = "Egypt's 20-point Sudan plan calls for a ceasefire in El Fasher.";
  assertIncludes([[t, 'EGY PROPOSE ceasefire []']]);
  assertNone([t], 'SDN PROPOSE');
});

test('an initialism or an adjective before the document still names its authors', () => {
  assertIncludes([
    ['A 28-point US plan calls for a ceasefire in Sudan.', 'USA PROPOSE ceasefire []'],
    ['The Turkish draft calls for a ceasefire in Sudan.', 'TUR PROPOSE ceasefire []'],
  ]);
});
