// "the Union" after the EU (or its Council or Commission) has been named is the EU, as "the bloc" is
// (discourse/epithets, key 'union'); after the African Union it is the AU; with neither named it holds nothing.
// And a combining form before a party adjective ("Sino-Brazilian", "Franco-German") gives its party's code in upper
// case, as every other code. Sentences written for this test (own sets AO, X, Y had "the Union reserved the right").
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"the Union" names the EU or the AU named before it', () => {
  assertIncludes([
    ['EU leaders met in Brussels on Thursday. Hungary and Slovakia will not take part. The conclusions say the Union "reserves the right" to impose new sanctions if Russia does not agree to a ceasefire.', 'EU THREATEN sanctions []'],
    ['The African Union held a summit in Addis Ababa. Eritrea and Ethiopia sent delegations. The Union called on both sides to withdraw their troops from the border.', 'AU DEMAND territory []'],
  ]);
  assertNone(['EU leaders met in Brussels on Thursday. Hungary and Slovakia will not take part. The conclusions say the Union "reserves the right" to impose new sanctions if Russia does not agree to a ceasefire.'], /^(?:HUN|SVK) THREATEN/);
  // No union named before: nobody's.
  assertNone(['Serbia and Kosovo will not take part. The Union rejected the plan for talks.'], /^(?:SRB|XKX) REJECT/);
});

test('a combining form gives an upper-case code', () => {
  assertIncludes([
    ['Beijing and Brasilia presented the Sino-Brazilian proposals for a ceasefire.', 'CHN PROPOSE ceasefire []'],
    ['The Franco-German plan calls for a ceasefire in Sudan.', 'FRA PROPOSE ceasefire []'],
  ]);
});
