// A party's own typed list introduces the bullets or numbered lines after it (content/party-list-introducer):
// "Kosovo's government listed its demands in a statement on Friday:" + "- …" lines, "Seoul set out three conditions
// on Monday." + "1. …" lines. With no plan named, the party before the list noun holds every item, of the type the
// noun gives; not when the party answers someone else's list ("rejected the following demands:").
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (body: string) => claimsOf(body).map((c) => `${c.actor} ${c.type} ${c.issue}`);

test('a party\'s demands or conditions, then bullets: one claim of the party per item', () => {
  assert.deepEqual(brief('Kosovo\'s government listed its demands in a statement on Friday:\n- the release of the three police officers held by Serbia;\n- the withdrawal of Serbian troops from the border.'), ['XKX DEMAND humanitarian', 'XKX DEMAND territory']);
  assert.deepEqual(brief('Armenia\'s foreign minister listed Yerevan\'s conditions on Tuesday:\n- the return of all Armenian prisoners;\n- a pullback of Azerbaijani troops from Armenian territory.'), ['ARM DEMAND humanitarian', 'ARM DEMAND territory']);
  // (A count instead of a colon: "set out three conditions on Monday." and numbered lines.)
  assert.deepEqual(brief('Sudan\'s army chief set out three conditions on Monday.\n1. The release of all detainees held by the militia.\n2. A withdrawal of its fighters from the border.').filter((x) => !x.endsWith(' other')), ['SDN DEMAND humanitarian', 'SDN DEMAND territory']);
});

test('no demand of the party: a list it rejects, a count of no stance, a list with no party', () => {
  // (A list the party refuses: each item is refused, content/answered-list.)
  assert.deepEqual(brief('Kyiv rejected the following demands on Friday:\n- the withdrawal of Ukrainian troops from Donetsk;\n- a cap on the army.'), ['UKR REJECT other', 'UKR REJECT territory', 'UKR REJECT military_limits']);
  assert.deepEqual(brief('The ministry listed three villages on Monday.\n1. Kolkino.\n2. Dubrava.'), []);
  assert.deepEqual(brief('The following demands were read out at the rally:\n- the release of all prisoners;\n- the withdrawal of troops from the border.'), []);
});
