// In a retrospective (its title names only past years), a statement told in the past tense with no date of its own
// or near it was made at the point the story has reached: the last date the text gave, not the publication window
// years later (claim/retrospective-scene, spec §2 `date`). Articles written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates, brief } from './helpers.js';

const PUB = '2025-09-10';
const WINDOW = { from: '2025-08-27', to: '2025-09-10' };
const dateOf = (paragraphs: string[], title: string, actor: string) => {
  const cs = claimsOf(paragraphs.join('\n\n'), { published: PUB, title });
  const c = cs.find((x) => x.actor === actor);
  assert.ok(c, showDates(cs));
  return { date: brief(c!).date, shown: showDates(cs) };
};
const STORY = ['The delegations first sat down in Prague on 14 March 2023, in a room too small for both of them.', 'The coffee was cold and the interpreters were tired. Nobody wanted to speak first.'];

test('a past statement with no date near it is dated by the story\'s last date', () => {
  for (const [title, paragraphs, actor, want] of [
    ['A negotiator recalls the Prague talks of 2023', [...STORY, 'In the end, Azerbaijan demanded that Armenia withdraw its troops from Karabakh.'], 'AZE', '2023-03-14'],
    ['Fact-check: did Belgrade walk away from a deal in 2013?', ['The talks opened in Brussels in January 2013, after months of shuttle diplomacy.', 'The rooms were small. The lawyers argued over every comma.', 'Serbia rejected the EU text.'], 'SRB', '2013-01'],
    ['Ten years on: the Minsk talks of 2015', ['The leaders arrived in Minsk on 11 February 2015 and talked through the night.', 'The Russian side made its position clear: Moscow demanded autonomy for the Donbas.'], 'RUS', '2015-02-11'],
  ] as const) {
    const r = dateOf([...paragraphs], title, actor);
    assert.deepEqual(r.date, want, `${title}\n${r.shown}`);
  }
});

test('negatives: a news title, a present statement, a time named in between', () => {
  for (const [title, paragraphs] of [
    ['Armenia and Azerbaijan resume talks in Prague', [...STORY, 'In the end, Azerbaijan demanded that Armenia withdraw its troops from Karabakh.']],
    ['A negotiator recalls the Prague talks of 2023', [...STORY, 'Azerbaijan still insists that Armenia must withdraw its troops from Karabakh.']],
  ] as const) {
    const r = dateOf([...paragraphs], title, 'AZE');
    assert.deepEqual(r.date, WINDOW, `${title}\n${r.shown}`);
  }
  // ("Last week" is the time the story has reached: the mediators' report is of last week, not of March 2023.)
  const r = dateOf([...STORY, 'Last week, the mediators told me that Azerbaijan demanded that Armenia withdraw its troops from Karabakh.'], 'A negotiator recalls the Prague talks of 2023', 'AZE');
  assert.deepEqual(r.date, { from: '2025-09-01', to: '2025-09-09' }, r.shown);
});
