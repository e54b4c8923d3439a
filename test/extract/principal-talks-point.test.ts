// A bare point on the talks in a principal side's own list of points is a format that side puts forward: PROPOSE talks
// (claim/principal-talks-point), while its points on the substance stay demands; a point with a modal of its own keeps
// its demand. And a meeting asked for in a that-clause that is to be arranged ("asked that a summit be convened") is
// a format put forward too (trigger/asked-meeting, its clause form). Sentences written for this test, with other
// parties and places than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

const plan = (lead: string, points: string[]) => `${lead}\n\n${points.map((p, i) => `${i + 1}. ${p}`).join('\n')}`;

claimCases('a bare point on the talks in a principal side\'s own plan: PROPOSE', [
  { body: plan('YEREVAN — Prime Minister Nikol Pashinyan presented his peace plan to the summit on Monday.\n\nThe plan, as presented by his office, has three points:', ['The withdrawal of Azerbaijani troops from the border villages.', 'The release of all Armenian prisoners held in Baku.', 'Confirmation of the end of the conflict, with a document signed by both parties.']), want: ['ARM PROPOSE talks []'] },
  { body: plan('ASMARA — President Isaias Afwerki set out on Tuesday what his office calls its peace agenda, a list of three steps it says any settlement must contain:', ['The withdrawal of Ethiopian troops from Badme.', 'The release of all prisoners of war.', 'Confirmation of the end of the war, by a document signed by the parties.']), want: ['ERI PROPOSE talks []'] },
], (c) => c.issue === 'talks');

test('the points on the substance stay demands', () => {
  assertIncludes([
    [plan('YEREVAN — Prime Minister Nikol Pashinyan presented his peace plan to the summit on Monday.\n\nThe plan, as presented by his office, has three points:', ['The withdrawal of Azerbaijani troops from the border villages.', 'The release of all Armenian prisoners held in Baku.', 'Confirmation of the end of the conflict, with a document signed by both parties.']), 'ARM DEMAND territory []'],
  ]);
});

test('a point on the talks with a modal of its own keeps its demand', () => {
  assertNone([
    plan('BAKU — President Ilham Aliyev set out on Tuesday what his office calls its peace agenda, a list of two steps it says any settlement must contain:', ['The withdrawal of Armenian forces from the border villages.', 'Talks could only be held in Baku.']),
  ], /^AZE PROPOSE talks/);
});

test('a meeting asked for in a that-clause, to be arranged: PROPOSE talks', () => {
  assertIncludes([
    ['ASMARA — President Isaias Afwerki asked that a summit be convened in Nairobi to settle the border question.', 'ERI PROPOSE talks []'],
    ['ADDIS ABABA — Prime Minister Abiy Ahmed urged that a conference of the foreign ministers be held before the rains.', 'ETH PROPOSE talks []'],
    ['Baku has asked that a new round be organised in Washington, its foreign ministry said.', 'AZE PROPOSE talks []'],
  ]);
  assertNone([
    'ASMARA — President Isaias Afwerki asked that a summit be convened in Nairobi to settle the border question.',
  ], /^ERI DEMAND talks/);
});

test('a that-clause that does not arrange a meeting: no proposal of one', () => {
  assertNone([
    'Yerevan asked that the summit be postponed after the clashes in Syunik.',
    'Pashinyan asked that a summit declaration name the border villages.',
  ], /^ARM PROPOSE talks/);
});

test('a bulleted point on the talks in a list its own noun types (conditions, demands) stays a demand', () => {
  const bullets = (lead: string, points: string[]) => `${lead}\n\n${points.map((p) => `- ${p}`).join('\n')}\n\nThe list was read out to reporters.`;
  const texts = [
    bullets('BAKU — President Ilham Aliyev set out his conditions for a peace treaty on Tuesday:', ['the withdrawal of Armenian forces from the border villages;', 'a neutral venue for further talks.']),
    bullets('ADDIS ABABA — Ethiopia laid out its demands for a settlement on Friday:', ['the withdrawal of Eritrean troops from Badme;', 'a conference of the foreign ministers in Nairobi.']),
  ];
  assertIncludes([[texts[0], 'AZE DEMAND talks []']]);
  assertNone([texts[0]], /^AZE PROPOSE talks/);
  assertNone([texts[1]], /^ETH PROPOSE talks/);
});
