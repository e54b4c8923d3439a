// Backing "them" (family: a verb of backing whose lone object "them" ends its clause, past a quotation mark that closes
// the quoted verb: Washington "strongly backs" them, "Trump strongly stands behind them", "we'd support them") endorses
// the stance just reported, as backing "him" or "her" does (trigger/receives-person 'personPronouns', content/
// anaphoric-object), not a person received. Missed on the tuning sets: the coalition's security protocols that the
// United States "stands behind" (own Z, AK, AM: USA ACCEPT security_guarantees), "we'd support them" (own Q).
// Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('backing "them" endorses the stance just reported', () => {
  assertIncludes([
    ['Egypt proposed a ceasefire in Gaza. The United States "strongly backs" them, Blinken said.', 'USA ACCEPT ceasefire []'],
    ['Egypt proposed a ceasefire in Gaza. Blinken said the United States strongly stands behind them.', 'USA ACCEPT ceasefire []'],
    ['Kenya proposed a prisoner exchange between Ethiopia and Eritrea. The African Union said it supported them.', 'AU ACCEPT humanitarian []'],
  ]);
});

test('a backed "them" is first what its own sentence named before the verb', () => {
  assertIncludes([
    ['Kenya proposed a ceasefire between Ethiopia and Eritrea. The White House said the two had discussed Qatar\'s efforts to free prisoners of war held by both sides, and that Biden supported them.', 'USA ACCEPT humanitarian []'],
  ]);
  assertNone([
    'Kenya proposed a ceasefire between Ethiopia and Eritrea. The White House said the two had discussed Qatar\'s efforts to free prisoners of war held by both sides, and that Biden supported them.',
  ], 'USA ACCEPT ceasefire');
});

test('people received or followed are no stance', () => {
  assertNone([
    'Sudanese generals arrived in Cairo, where Egyptian officials welcomed them at the airport.',
    'Armenian protesters marched in Yerevan, and the opposition backed them.',
  ], ' ACCEPT ');
});
