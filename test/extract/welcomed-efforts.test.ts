// A third party that welcomes another party's efforts or initiative praises it, no stance on any issue
// (claim/welcomed-efforts): "European leaders said they welcomed Trump's efforts". A term or an outcome welcomed, and a
// principal side's welcome of a mediator, stay. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a third party welcoming another\'s efforts: no claim', () => {
  assertNone([
    'In a joint statement, the leaders of France, Germany and Britain said they welcomed the US efforts but that borders between Armenia and Azerbaijan must not be changed by force.',
    'Australia welcomed Qatar\'s mediation between Israel and Hamas.',
    'Japan welcomed the efforts of Turkey to bring Armenia and Azerbaijan back to the table.',
    'The G7 leaders welcomed Kenya\'s initiative for a just peace between Ethiopia and Eritrea.',
  ], / ACCEPT /);
});

test('an outcome or a term welcomed, or a side welcoming a mediator: the acceptance stands', () => {
  assertIncludes([
    ['Canada welcomed the agreement on prisoners between Armenia and Azerbaijan.', 'CAN ACCEPT humanitarian []'],
    ['Azerbaijan welcomed Turkey\'s readiness to play a positive role in the talks with Armenia.', 'AZE ACCEPT talks []'],
    ['The United States supported Kenya\'s mediation between Ethiopia and Eritrea.', 'USA ACCEPT talks []'],
    ['Kosovo welcomed the EU\'s mediation efforts and said it was ready to return to the talks with Serbia.', 'XKX ACCEPT talks []'],
  ]);
});
