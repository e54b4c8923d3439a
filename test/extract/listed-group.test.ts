// "Germany, France, the Nordic countries and the Netherlands pledged …": a regional group named as a member of a list
// of parties joins the coordination (its mention starts after its article, so ", the" before it is the list's comma),
// not an apposition that ends it (discourse/listed-group). Sentences written for this test, about disputes other than
// the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a regional group inside a list of parties: every member before it holds the stance', () => {
  assertIncludes([
    ['Germany, France, the Nordic countries and the Netherlands pledged a peacekeeping force for Sudan.', 'DEU OFFER security_guarantees []'],
    ['Germany, France, the Nordic countries and the Netherlands pledged a peacekeeping force for Sudan.', 'FRA OFFER security_guarantees []'],
    ['Kenya, Ethiopia, the Nordic states and Egypt called for a ceasefire in Sudan.', 'KEN DEMAND ceasefire []'],
    ['Kenya, Ethiopia, the Nordic states and Egypt called for a ceasefire in Sudan.', 'ETH DEMAND ceasefire []'],
    ['The leaders of Italy, Spain, the Scandinavian governments and Poland issued a joint statement pledging a monitoring mission for Kosovo.', 'ITA OFFER security_guarantees []'],
  ]);
});

test('an apposition that names the same party still ends the list', () => {
  assertNone([
    'Talks with Kenya, the host, and Egypt went on. Putin, the Russian leader, and the Nordic countries called for a ceasefire in Sudan.',
  ], /^KEN DEMAND ceasefire/);
});
