// A party that will go on working to ease or help something offers that help, sanctions relief too
// (trigger/continued-effort): "would keep working to ease …", "will work to remove obstacles to …",
// "would continue its efforts to remove obstacles to …". "Will work to" with no verb of easing or helping after it offers
// nothing. Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a continued or promised effort to ease or help: the holder\'s offer', () => {
  assertIncludes([
    ['The UN secretary-general said the world body would keep working to ease Iranian food and fertiliser exports.', 'UN OFFER sanctions []'],
    ['Norway said it will work to remove obstacles to Eritrean fertilizer exports once the border reopens.', 'NOR OFFER sanctions []'],
    ['Kenya would continue its efforts to remove obstacles to Eritrean food and fertiliser exports, its foreign minister said on Tuesday.', 'KEN OFFER sanctions []'],
    ['Qatar will also work to help secure the release of the hostages held in Gaza, a spokesman said.', 'QAT OFFER humanitarian []'],
    ['The EU said it would work to facilitate a meeting between Vucic and Kurti in Brussels next month.', 'EU OFFER talks []'],
  ]);
});

test('work toward a gain of one\'s own, or pressure continued: no offer', () => {
  assertNone([
    'Azerbaijan will work to take back all of Karabakh, Aliyev said.',
    'Ethiopia will work to isolate Eritrea at the African Union, its prime minister said.',
  ], /OFFER/);
  assertNone([
    'Brussels said it would keep up the pressure with new sanctions on Belgrade.',
    'Washington said it would keep working to tighten the sanctions on Tehran.',
  ], /OFFER sanctions/);
});
