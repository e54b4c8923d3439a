// A retrospective (its title names only past years: a memoir, a fact-check, an anniversary piece) tells its story
// in those years, paragraphs at a time with no year repeated: a month given without a year takes the year of the
// last date the story gave, however far back (discourse/retrospective-year, spec §2 `date`). A news report's far
// dates stay background. Articles written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates, brief } from './helpers.js';

const PUB = '2025-09-10';
const body = (between = 'Nobody wanted to be the first to speak.', opening = 'The delegations first sat down in Prague on 14 March 2023, in a room too small for both of them.', stance = 'On 2 April, Azerbaijan rejected the Armenian draft.') => [
  opening,
  '',
  'We did not trust them. They did not trust us. The coffee was cold and the interpreters were tired.',
  '',
  `I remember the silence more than the words. ${between}`,
  '',
  stance,
].join('\n');
const dateOf = (text: string, title: string, actor: string) => {
  const cs = claimsOf(text, { published: PUB, title });
  const c = cs.find((x) => x.actor === actor);
  assert.ok(c, showDates(cs));
  return { date: brief(c!).date, shown: showDates(cs) };
};

test('a month with no year, paragraphs after the story\'s last date, is in that date\'s year', () => {
  for (const [title, text, actor, want] of [
    ['A negotiator recalls the Prague talks of 2023', body(), 'AZE', '2023-04-02'],
    ['Fact-check: did Belgrade walk away from a deal in 2013?', body(undefined, 'The talks opened in Brussels on 19 January 2013, after months of shuttle diplomacy.', 'On 8 April, Serbia rejected the EU text.'), 'SRB', '2013-04-08'],
    // (A range of years: the nearest year to the story's last date, September 2014, is 2015.)
    ['The Minsk years, 2014-2015: an obituary', body(undefined, 'The first memorandum was signed in Minsk in September 2014, in a hurry.', 'On 11 February, Russia rejected any international peacekeepers in Donbas.'), 'RUS', '2015-02-11'],
    ['Thirty days in 2024: how the Gaza truce talks failed', body(undefined, 'The envoys met in Cairo on 3 May 2024.', 'On 9 May, Israel rejected the Egyptian proposal.'), 'ISR', '2024-05-09'],
  ] as const) {
    const r = dateOf(text, title, actor);
    assert.equal(r.date, want, `${title}\n${r.shown}`);
  }
});

test('a bare "now" of the writer names no time of the story', () => {
  const r = dateOf(body('People now ask me whether anything was possible.'), 'A negotiator recalls the Prague talks of 2023', 'AZE');
  assert.equal(r.date, '2023-04-02', r.shown);
});

test('negatives: a news title, a time named in between, a hyphened year, a title with the current year', () => {
  for (const [title, text] of [
    ['Armenia and Azerbaijan resume talks in Prague', body()],
    ['A negotiator recalls the Prague talks of 2023', body('Last week, the mediators said nobody wanted to be the first to speak.')],
    ['Why Baku wants the pre-2020 lines back', body()],
    ['From 2023 to 2025: Prague talks go on', body()],
  ] as const) {
    const r = dateOf(text, title, 'AZE');
    assert.equal(r.date, '2025-04-02', `${title}\n${r.shown}`);
  }
});
