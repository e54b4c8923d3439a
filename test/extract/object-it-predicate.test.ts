// A dummy "it" makes a predicate judge the clause after it (trigger/extraposed-predicate); an "it" that is the object
// of a participle or a preposition is no dummy subject, and "for" opens the judged clause only with its "to".
// Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('an object "it" before the predicate: the subject before it is what is judged, not the words after', () => {
  assertIncludes([
    ['Moscow said any foreign troops and the equipment accompanying it would be a legitimate target for Russian forces, even after a ceasefire.', 'RUS THREATEN security_guarantees []'],
    ['Baku said the French training mission and anyone working with it would be a legitimate target for the Azerbaijani army after any truce.', 'AZE THREATEN security_guarantees []'],
  ]);
  assertNone([
    'Moscow said any foreign troops and the equipment accompanying it would be a legitimate target for Russian forces, even after a ceasefire.',
    'Baku said the French training mission and anyone working with it would be a legitimate target for the Azerbaijani army after any truce.',
  ], ' THREATEN ceasefire');
});

test('a dummy "it" with "for … to" or "to" still judges the clause after it', () => {
  assertIncludes([
    ['It is vital for Yerevan to sign the peace treaty, Aliyev said.', 'AZE DEMAND talks []'],
    ['Lavrov said it was unacceptable for NATO to expand further.', 'RUS REJECT alliance []'],
    ['Russia said that it would be unacceptable for Western troops to be deployed in Ukraine.', 'RUS REJECT security_guarantees []'],
  ]);
});
