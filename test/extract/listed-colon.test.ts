// A verb of listing whose object ends in a colon introduces the lister's position (candidate/listed-colon): "Aliyev
// listed the principles: …". Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('listed …: the items after the colon are the subject\'s demands', () => {
  assertIncludes([
    ['Aliyev listed the principles: the withdrawal of Armenian troops from Karabakh and the lifting of sanctions.', 'AZE DEMAND territory []'],
    ['The Eritrean statement then listed what that means: the withdrawal of Ethiopian troops and the lifting of sanctions.', 'ERI DEMAND sanctions []'],
    ['Vucic enumerated the points on Monday: recognition of Serbian sovereignty over Kosovo and the return of refugees.', 'SRB DEMAND recognition []'],
    ['An Armenian envoy listed the conditions to reporters: an exchange of all prisoners and the reopening of the border roads.', 'ARM DEMAND humanitarian []'],
  ]);
});

test('no colon, or a list of facts: no claim of this rule', () => {
  assertNone([
    'The Treasury listed the sanctioned firms: two banks in Belgrade and a shipping company.',
    'The Sudanese army listed its losses near Khartoum: forty soldiers and six armoured vehicles.',
    'The Ethiopian report listed the towns that changed hands: Badme, Zalambessa and Humera.',
  ], /DEMAND/);
});
