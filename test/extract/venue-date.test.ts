// A venue named earlier with its day (claim/venue-date, spec §5 `date`): a long-read that names "the round of talks
// at Prague's Czernin Palace on March 29, 2023" and comes back to it by the venue alone ("The communiqué that
// Armenia's delegation read out in Prague … Yerevan proposed …") dates that past statement by the day, not by the
// publication window. Two calendar days read from two places of the text ("March 29, 2023" and "in March 2023")
// are two occasions (document/merge, spec §3 rule 1). Articles written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');

// A long-read of Thursday 20 June 2024.
const PUB = { published: '2024-06-20' };
const WINDOW = { from: '2024-06-06', to: '2024-06-20' };

const body = (venue: string, stance: string) => [
  'Two years on, one round still shapes the talks between Armenia and Azerbaijan.',
  '',
  `Baku's own account leans on a precedent: the round of talks at ${venue}'s Czernin Palace on March 29, 2023, and the draft the delegations traded for weeks afterwards.`,
  '',
  'What was actually on the table?',
  '',
  `The communiqué that Armenia's delegation read out in ${venue} was a remarkable document. ${stance}`,
].join('\n');

test('a past statement in a paragraph that names a venue is dated by the day the venue was named with', () => {
  const cs = claimsOf(body('Prague', 'Yerevan proposed a demilitarised border zone that would host no foreign troops.'), PUB);
  const c = cs.find((x) => x.actor === 'ARM' && x.type === 'PROPOSE');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2023-03-29', show(cs));
});

test('two calendar days read from two places of the text are two statements, not one', () => {
  const text = `${body('Prague', 'Yerevan proposed a demilitarised border zone that would host no foreign troops.')}\n\nPashinyan had also said publicly in March 2023 that Armenia proposed a border zone that would host no foreign troops.`;
  const cs = claimsOf(text, PUB);
  const dates = cs.filter((x) => x.actor === 'ARM' && x.type === 'PROPOSE' && x.issue === 'security_guarantees').map((x) => JSON.stringify(brief(x).date)).sort();
  assert.deepEqual(dates, ['"2023-03"', '"2023-03-29"'], show(cs));
});

test('negatives: the speaker\'s own capital, a present-tense stance, a venue never named with a day', () => {
  // "in Yerevan" for Armenia's statements: said at home on many occasions.
  let cs = claimsOf(body('Yerevan', 'Armenia proposed a demilitarised border zone that would host no foreign troops.'), PUB);
  let c = cs.find((x) => x.actor === 'ARM' && x.type === 'PROPOSE');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, WINDOW, show(cs));
  // A stance in the present tense is today's.
  cs = claimsOf(body('Prague', 'In Prague, Armenia now insists on international monitors along the border.'), PUB);
  c = cs.find((x) => x.actor === 'ARM' && x.type === 'DEMAND');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, WINDOW, show(cs));
  // The venue of the statement was never named with a day.
  cs = claimsOf(body('Prague', 'Yerevan proposed a demilitarised border zone, a diplomat in Vienna recalled.').replace('in Prague was', 'in Vienna was').replace(' at Prague\'s Czernin Palace', ' at the Czernin Palace'), PUB);
  c = cs.find((x) => x.actor === 'ARM' && x.type === 'PROPOSE');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, WINDOW, show(cs));
});
