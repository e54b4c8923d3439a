// A verb of saying hyphened to a word before it is a compound adjective, no report (content/compound-speaking): "the
// rights of Russian-speaking citizens must be protected" demands its whole subject; the subject was cut after
// "speaking" as after a reporting verb. A real verb of saying still ends the subject. Sentences written for this test,
// about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('"X-speaking" inside a deontic\'s subject: the whole subject is demanded', () => {
  assertIncludes([
    ['Pashinyan said that the minority rights of Armenian-speaking residents in Karabakh must be fully protected.', 'ARM DEMAND rights []'],
    ['Vucic said the language rights of Serbian-speaking citizens in Kosovo must be respected.', 'SRB DEMAND rights []'],
    ['Lavrov said the Russian-speaking population of Moldova must be protected.', 'RUS DEMAND rights []'],
    ['Orban said the ethnic schools of Hungarian-speaking families in Zakarpattia must be kept open.', 'HUN DEMAND rights [UA-21]'],
  ]);
});

test('a real verb of saying still ends the subject; no issue, no claim', () => {
  assertNone([
    'Pashinyan, speaking in Yerevan, said the delegations must be prepared.',
    'The English-speaking residents of the town must be evacuated by bus, the mayor said.',
  ], /DEMAND rights/);
});
