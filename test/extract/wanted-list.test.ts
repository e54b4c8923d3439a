// A want or need that introduces a list with a colon wants the listed terms (trigger/wanted-list, read by
// trigger/want-needs-act): "Asmara wants:" followed by a bulleted list, "Belgrade needs the following:". Sentences
// written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a want or need ending in a colon before a list: the listed terms are wanted', () => {
  assertIncludes([
    ['Eritrean officials set out their terms on Friday. According to two diplomats, Asmara wants:\n- the lifting of UN sanctions on its mining companies;\n- talks on the demarcation of the border.', 'ERI DEMAND sanctions []'],
    ['Armenia published its conditions. Yerevan wants in return:\n1. the release of all prisoners of war held in Baku;\n2. international monitors along the border.', 'ARM DEMAND humanitarian []'],
    ['Serbia set out its position on Monday. Belgrade needs the following:\n- the lifting of the sanctions on Serbian banks;\n- a ceasefire in the north.', 'SRB DEMAND sanctions []'],
    ['Kosovo described its conditions to the mediators. Pristina wants: - the release of all detained Kosovo police officers; - the withdrawal of Serbian troops from the border.', 'XKX DEMAND humanitarian []'],
  ]);
});

test('no list after the colon, or a denied want: no demand from the want', () => {
  assertNone([
    'The minister was asked on Monday what Belgrade wants: he smiled and left the room.',
    'Asmara does not want:\n- the lifting of UN sanctions on its mining companies.',
    'Azerbaijani diplomats said little about what Baku wants: peace and quiet, one of them joked.',
  ], /^(SRB|ERI|AZE) DEMAND (sanctions|talks)/);
});

const list = (lead: string, points: string[], mark: (i: number) => string) => `${lead}\n\n${points.map((p, i) => `${mark(i)} ${p}`).join('\n')}\n\nThe foreign ministry published the list on Monday.`;

test('"X wants:" + numbered or bulleted points on lines of their own (a blank line between): the points are its demands', () => {
  const baku = list('BAKU — The Azerbaijani foreign ministry spelled out its terms in a statement the same day. Baku wants:', ['all sanctions on Azerbaijani banks lifted;', 'all Azerbaijani prisoners of war released.'], (i) => `${i + 1}.`);
  const asmara = list('ASMARA — Eritrea wants:', ['the arms embargo on Eritrea lifted;', 'an exchange of all prisoners of war.'], () => '-');
  assertIncludes([
    [baku, 'AZE DEMAND sanctions []'],
    [baku, 'AZE DEMAND humanitarian []'],
    [asmara, 'ERI DEMAND sanctions []'],
  ]);
});

test('a want with prose after its colon, or a denied one before numbered points: no demand from the lines after', () => {
  assertNone([
    'BAKU — Baku wants: nothing less than a full peace, an official said.\n\nSanctions on Azerbaijani banks were discussed in Brussels.',
    list('BAKU — Baku does not want:', ['all sanctions on Azerbaijani banks lifted;', 'new talks in Brussels.'], (i) => `${i + 1}.`),
  ], /^AZE DEMAND sanctions/);
});
