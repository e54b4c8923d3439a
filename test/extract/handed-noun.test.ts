// A stance noun handed to another party is the hander's (holder/handed-noun): "The Armenian delegation handed the
// Azerbaijani side a written set of proposals on …", "Baku sent Yerevan a list of conditions for …", "handed over a
// list of conditions". A stance noun with no one handing or making it has no holder, and a light verb of giving ("give
// an order to cease fire") hands nothing over. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a stance noun handed to a recipient, or handed over: the hander holds it', () => {
  assertIncludes([
    ['The Armenian delegation handed the Azerbaijani side a written set of proposals on a ceasefire along the border.', 'ARM PROPOSE ceasefire []'],
    ['Baku sent Yerevan a list of conditions for a peace treaty.', 'AZE DEMAND talks []'],
    ['The Serbian delegation handed over a list of conditions for the talks.', 'SRB DEMAND talks []'],
    ['Eritrea gave Ethiopia a package of proposals on a ceasefire in the border area.', 'ERI PROPOSE ceasefire []'],
    ['Azerbaijan handed the Armenian delegation a memorandum outlining a new round of talks.', 'AZE PROPOSE talks []'],
  ]);
});

test('no hander, or a light verb of giving: no holder from it', () => {
  assertNone([
    'A set of proposals on a ceasefire along the border was discussed in Geneva.',
    'A list of conditions for the talks circulated in Brussels.',
  ], /^(ARM|AZE|SRB) /);
  assertNone([
    'The Armenian delegation said it would give an order to cease fire along the border once Baku agreed.',
  ], /^AZE OFFER ceasefire/);
});
