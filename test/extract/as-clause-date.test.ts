// A date in an "as" clause after the stance (claim/as-clause-date, spec §5 `date`): "ready to host a meeting in
// Istanbul, as it had offered in 2023", "prepared to give up the claim, as two days of talks ended Monday", "ready
// to exchange prisoners as agreed in March" date the earlier offer, the event the statement is timed with or the
// agreement referred to, not the statement. Sentences written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');

// Published Tuesday 10 June 2025.
const PUB = { published: '2025-06-10' };
const WINDOW = { from: '2025-05-27', to: '2025-06-10' };
const dateOf = (body: string, actor: string) => {
  const cs = claimsOf(body, PUB);
  const c = cs.find((x) => x.actor === actor);
  assert.ok(c, show(cs));
  return { date: brief(c!).date, shown: show(cs) };
};

test('a date in an "as" clause after the stance does not date it', () => {
  for (const [body, actor] of [
    ['An Ankara diplomat said Turkey was ready to host a meeting of the two sides\' naval officers in Istanbul, as it had offered in 2023.', 'TUR'],
    ['Armenia\'s prime minister said he was prepared to give up the claim to the enclave if Azerbaijan offered it guarantees, as two days of talks with EU envoys in Brussels ended Monday with both sides reporting progress.', 'ARM'],
    ['Serbia said it was ready to exchange prisoners as agreed in Ohrid in March.', 'SRB'],
  ] as const) {
    const { date, shown } = dateOf(body, actor);
    assert.deepEqual(date, WINDOW, `${body}\n${shown}`);
  }
});

test('negatives: a date before the stance, or after an "as" that opens no clause, still dates it', () => {
  // "as a gesture of goodwill on Monday": no verb after "as", the date is the offer's.
  let r = dateOf('Armenia offered to withdraw its troops from the border as a gesture of goodwill on Monday.', 'ARM');
  assert.deepEqual(r.date, '2025-06-09', r.shown);
  // "said on Monday …, as Azerbaijan had demanded in May": the speech's date comes before the stance.
  r = dateOf('Armenia said on Monday it was ready to sign the peace treaty, as Azerbaijan had demanded in May.', 'ARM');
  assert.deepEqual(r.date, '2025-06-09', r.shown);
  // "as well as": no clause of its own.
  r = dateOf('Kosovo rejected the Serbian plan as well as the annex on Friday.', 'XKX');
  assert.deepEqual(r.date, '2025-06-06', r.shown);
});
