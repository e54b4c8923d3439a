// An "it" or "they" that speaks in an attribution set off by a comma (", it said,", "…, they said.") stands for whoever
// was speaking before, never for a party named in the clause it reports (discourse/set-off-speaker): "Ukraine, it said,
// must have guarantees" after a statement is the statement's demand, not Ukraine's. Sentences written for this test,
// about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a parenthetical "it said" / "they said": the speaker before, not the clause\'s party', () => {
  assertIncludes([
    ['The European Union issued a statement on Monday. Serbia, it said, must recognise Kosovo before any talks on membership.', 'EU DEMAND recognition []'],
    ['Azerbaijan rejected the proposal on Monday. Armenia, it said, must withdraw its troops from Lachin.', 'AZE DEMAND territory []'],
    ['Kenya and Egypt released a joint statement on Friday. Ethiopia, they said, must withdraw its troops from Badme.', 'KEN DEMAND territory []'],
    ['Kenya and Egypt released a joint statement on Friday. Ethiopia, they said, must withdraw its troops from Badme.', 'EGY DEMAND territory []'],
  ]);
  assertNone([
    'The European Union issued a statement on Monday. Serbia, it said, must recognise Kosovo before any talks on membership.',
    'Azerbaijan rejected the proposal on Monday. Armenia, it said, must withdraw its troops from Lachin.',
  ], /^(SRB|ARM) DEMAND/);
  assertNone(['Kenya and Egypt released a joint statement on Friday. Ethiopia, they said, must withdraw its troops from Badme.'], /^ETH DEMAND/);
});

test('a trailing "they said." / "it said." after the clause: the speaker before', () => {
  assertIncludes([
    ['Kenya and Egypt released a joint statement on Friday. Ethiopia must withdraw its troops from Badme, they said, and talks should resume in Nairobi.', 'KEN DEMAND territory []'],
    ['The European Union said on Monday that it welcomed the talks. Serbia should withdraw its troops from the border, it said.', 'EU DEMAND territory []'],
  ]);
  assertNone([
    'Kenya and Egypt released a joint statement on Friday. Ethiopia must withdraw its troops from Badme, they said, and talks should resume in Nairobi.',
  ], /^ETH DEMAND territory/);
  assertNone(['The European Union said on Monday that it welcomed the talks. Serbia should withdraw its troops from the border, it said.'], /^SRB DEMAND/);
});

test('no speaker before: the pronoun stays unresolved, the clause\'s party holds nothing', () => {
  assertNone([
    'The talks resumed in Nairobi on Monday. Eritrea, it said, must withdraw its troops from Badme.',
    'Fighting continued near the border. Kosovo must recognise the rights of the Serbian minority, they said.',
  ], /^(ERI|XKX) DEMAND/);
});
