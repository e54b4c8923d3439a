// A meeting of named parties the holder wants or hopes to arrange puts a format of the talks forward
// (trigger/wanted-together, read by trigger/want-needs-act): "Erdogan wanted to bring Putin, Zelensky and Trump
// together in Istanbul". Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('parties wanted or hoped brought together: PROPOSE talks', () => {
  assertIncludes([
    ['Qatar\'s emir said he wanted to bring Aliyev and Pashinyan together in Doha next month.', 'QAT PROPOSE talks []'],
    ['Kenya\'s president said he would like to bring Abiy Ahmed and Isaias Afwerki together in Nairobi or Mombasa.', 'KEN PROPOSE talks []'],
    ['The EU hopes to bring the two leaders together in Brussels before the summer, Borrell said.', 'EU PROPOSE talks []'],
    ['Egypt wants to get Israel and Hamas around the table again, an Egyptian official said.', 'EGY PROPOSE talks []'],
  ]);
});

test('a denied wish, no parties, no gathering: no proposal', () => {
  assertNone([
    'Qatar did not want to bring Aliyev and Pashinyan together in Doha.',
    'Kenya wanted to bring the harvest in before the rains.',
    'Norway wants to bring aid to Gaza together with Egypt.',
    'Qatar wants to bring Aliyev together with his ministers.',
  ], / PROPOSE talks/);
});
