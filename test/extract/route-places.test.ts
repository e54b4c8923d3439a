// A place named as an end of a pipeline, a railway or a road is where the route runs, not land anyone claims
// (discourse/route-places): it gives its region but makes no claim about territory. Sentences written for this test,
// with other parties than the corpus's and routes through Ukrainian places (the lexicon's regions).
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the ends of a dashed route name: no territory', () => {
  assertNone([
    'BUDAPEST — Hungary wants the Odesa–Brody oil pipeline restarted before the winter, its foreign minister said on Monday.',
    'CHISINAU — Moldova demanded on Tuesday that the Odesa-Reni railway be reopened to freight.',
    'Ankara pressed for the reopening of the Kherson–Mykolaiv highway, a Turkish official said on Friday.',
  ], /territory/);
});

test('a route from one place to another: no territory', () => {
  assertNone([
    'BUDAPEST — Hungary wants the oil pipeline from Brody to Odesa restarted, its foreign minister said on Monday.',
    'Warsaw asked that the railway from Lviv to Odesa be reopened to grain trains, a Polish official said.',
  ], /territory/);
});

test('a place only near a route noun is still land', () => {
  assertIncludes([
    ['BUCHAREST — Romania demanded on Monday that Russian troops withdraw from Odesa, where the pipeline ends.', 'ROU DEMAND territory [UA-51]'],
    ['Moscow demanded that Ukraine withdraw its forces from Kherson, a Russian official said.', 'RUS DEMAND territory [UA-65]'],
  ]);
});
