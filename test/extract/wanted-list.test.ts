// A want whose object is the list after its colon ("Moscow wants:" and numbered or bulleted points on the next
// lines) wants those points: each is a demand of the party (trigger/want-needs-act keeps the cue; the list is read as
// any introducer's). Sentences written for this test, with other parties than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const list = (lead: string, points: string[], mark: (i: number) => string) => `${lead}\n\n${points.map((p, i) => `${mark(i)} ${p}`).join('\n')}\n\nThe foreign ministry published the list on Monday.`;

test('"X wants:" + numbered or bulleted points: the points are its demands', () => {
  const baku = list('BAKU — The Azerbaijani foreign ministry spelled out its terms in a statement the same day. Baku wants:', ['all sanctions on Azerbaijani banks lifted;', 'all Azerbaijani prisoners of war released.'], (i) => `${i + 1}.`);
  const asmara = list('ASMARA — Eritrea wants:', ['the arms embargo on Eritrea lifted;', 'an exchange of all prisoners of war.'], () => '-');
  assertIncludes([
    [baku, 'AZE DEMAND sanctions []'],
    [baku, 'AZE DEMAND humanitarian []'],
    [asmara, 'ERI DEMAND sanctions []'],
  ]);
});

test('a want with no list after its colon, or a denied one: no demand from the lines after', () => {
  assertNone([
    'BAKU — Baku wants: nothing less than a full peace, an official said.\n\nSanctions on Azerbaijani banks were discussed in Brussels.',
    list('BAKU — Baku does not want:', ['all sanctions on Azerbaijani banks lifted;', 'new talks in Brussels.'], (i) => `${i + 1}.`),
  ], /^AZE DEMAND sanctions/);
});
