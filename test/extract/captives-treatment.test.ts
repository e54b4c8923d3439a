// How captives are to be treated is humanitarian (issues.json humanitarian frame "treated/treatment"); "in line
// with" is no line on the ground (the troops-back-to-the-line frame's notAfter). Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a promise on the treatment of captives is humanitarian', () => {
  assertIncludes([
    ['Aliyev had guaranteed that the fighters who surrendered would be treated in line with international law.', 'AZE OFFER humanitarian []'],
    ['The Eritrean government promised humane treatment for the captured soldiers.', 'ERI OFFER humanitarian []'],
    ['Kyiv demanded that Moscow respect international law on the treatment of prisoners.', 'UKR DEMAND humanitarian []'],
  ]);
});

test('"in line with" names no line, and ships treated as targets are no captives', () => {
  assertNone([
    'Aliyev had guaranteed that the fighters who surrendered would be treated in line with international law.',
  ], / territory /);
  assertNone([
    'Moscow warned that its soldiers would treat every ship heading to the port as a military target.',
  ], / humanitarian /);
});
