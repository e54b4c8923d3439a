// The answers of an interview or a briefing transcript were given on the day its introduction names
// (claim/interview-date, spec §5 `date`), not in the publication window: the speaker's "today" is that day too.
// Another party's position the speaker reports keeps its own date. Articles written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');

// Published Thursday 12 June 2025; the interview was given on Monday 9 June.
const PUB = { published: '2025-06-12', outlet: 'Caspian Review' };
const WINDOW = { from: '2025-05-29', to: '2025-06-12' };

const interview = (intro: string) => [
  intro,
  '',
  'Caspian Review: Is a peace treaty within reach this year?',
  '',
  'Aliyev: We have said it many times, and I repeat it today: Azerbaijan is ready to sign the peace treaty with Armenia.',
  '',
  'Caspian Review: And the border?',
  '',
  'Aliyev: Armenia must withdraw its troops from the border villages. The Armenian side wants international monitors on the border.',
].join('\n');

test('an answer of an interview is dated by the day its introduction gives', () => {
  const cs = claimsOf(interview('Azerbaijani President Ilham Aliyev spoke to the Caspian Review in Baku on Monday. The interview has been edited for length and clarity.'), PUB);
  const demand = cs.find((c) => c.actor === 'AZE' && c.type === 'DEMAND');
  assert.ok(demand, show(cs));
  assert.deepEqual(brief(demand!).date, '2025-06-09', show(cs));
  // The speaker's "today" is the day of the interview.
  const ready = cs.find((c) => c.actor === 'AZE' && c.issue === 'talks' || c.actor === 'AZE' && c.type === 'OFFER');
  assert.ok(ready, show(cs));
  assert.deepEqual(brief(ready!).date, '2025-06-09', show(cs));
});

test('negatives: no day in the introduction, or another party\'s position', () => {
  // Only a place: the window stays.
  let cs = claimsOf(interview('Azerbaijani President Ilham Aliyev spoke to the Caspian Review in Baku. The interview has been edited for length and clarity.'), PUB);
  let c = cs.find((x) => x.actor === 'AZE' && x.type === 'DEMAND');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, WINDOW, show(cs));
  // Armenia's position, reported by the Azerbaijani minister, is not dated by his interview.
  cs = claimsOf(interview('Azerbaijani President Ilham Aliyev spoke to the Caspian Review in Baku on Monday.'), PUB);
  c = cs.find((x) => x.actor === 'ARM');
  if (c) assert.notDeepEqual(brief(c).date, '2025-06-09', show(cs));
});

test('the day nearest the word of the occasion, not the day of a meeting that describes the speaker', () => {
  for (const intro of [
    'Ilham Aliyev, who met the Armenian prime minister in Abu Dhabi on 2 June, spoke to the Caspian Review on Monday in Baku.',
    'In an interview on Monday, Ilham Aliyev, who met the Armenian prime minister in Abu Dhabi on 2 June, answered our questions.',
  ]) {
    const cs = claimsOf(interview(intro), PUB);
    const demand = cs.find((c) => c.actor === 'AZE' && c.type === 'DEMAND');
    assert.ok(demand, show(cs));
    assert.deepEqual(brief(demand!).date, '2025-06-09', `${intro}\n${show(cs)}`);
  }
});
