// A review of a book retells its subject's years, which its title seldom names (discourse/review-year): the years
// before publication its opening paragraphs give are the years it looks back on, so a month it names later with no year
// is in the year of the last date the story gave. Articles written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

const BODY = [
  'Photo caption: The delegations in Prague, 29 March 2023.',
  'Few episodes of the conflict have been retold as often as the spring of 2023, when the two delegations met first in Brussels and then in Prague.',
  'Her centrepiece is the joint statement of 29 March 2023. In it, she shows, Armenia offered to recognise Azerbaijan\'s borders. The same paper left the corridor to a meeting of the two leaders.',
  'The answer of the Azerbaijani delegation was to promise a reply within a month.',
  'Lind is at her best on the April drafts that followed. According to her sources, Azerbaijan demanded that Armenia change its constitution.',
].join('\n\n');

test('a book review\'s later month with no year is in the year its opening paragraphs give', () => {
  const cs = claimsOf(BODY, { published: '2025-10-05', title: 'Book review - "The Prague Weeks" by Ana Lind' });
  assert.deepEqual(dateOf(cs, 'AZE', 'DEMAND'), '2023-04', show(cs));
  const cs2 = claimsOf(BODY, { published: '2025-10-05', title: 'Review: "The Prague Weeks", a diplomat\'s memoir' });
  assert.deepEqual(dateOf(cs2, 'AZE', 'DEMAND'), '2023-04', show(cs2));
});

test('negatives: a news report\'s title, a press review\'s, keep the month to publication', () => {
  for (const title of ['Armenia and Azerbaijan: what the drafts say', 'Press review: the Prague drafts in the papers']) {
    const cs = claimsOf(BODY, { published: '2025-10-05', title });
    assert.notDeepEqual(dateOf(cs, 'AZE', 'DEMAND'), '2023-04', show(cs));
  }
});
