// Counts of hours and minutes (discourse/hours-count, spec §5 `date`): "After three hours with X, …", "Two hours
// later, …", "a few hours after the call" count from another moment of the story, not from the publication date,
// so they are no date of their own; "two hours later" and "the same evening" are the day the story named last
// (discourse/anchored-days). Articles written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');

// A newsletter of Sunday 22 June 2025 on a week of shuttle diplomacy.
const PUB = { published: '2025-06-22' };

test('"After three hours with …" in a newsletter entry is no date: the entry\'s heading dates the stance', () => {
  const body = [
    'Good morning from Tbilisi. This week\'s issue follows the envoy from capital to capital.',
    '',
    '1. YEREVAN (Tuesday, June 17)',
    '',
    'The envoy met Pashinyan for lunch. Armenia said it was ready to resume talks in Geneva.',
    '',
    '2. BAKU (Friday, June 20)',
    '',
    'The stop was short. After three hours with the envoy, Aliyev restated the terms he set out on May 28: a new constitution for Armenia. Aliyev also said that Baku was not interested in a ceasefire that Yerevan would use to rearm. The envoy left without a statement.',
  ].join('\n');
  const cs = claimsOf(body, PUB);
  const c = cs.find((x) => x.actor === 'AZE' && x.issue === 'ceasefire');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-20', show(cs));
});

test('"two hours later" and "the same evening" are the day the story named last', () => {
  let cs = claimsOf('On Saturday, June 14, Armenia proposed a ceasefire along the whole border.\n\nTwo hours later, Azerbaijan rejected the ceasefire.', PUB);
  let c = cs.find((x) => x.actor === 'AZE' && x.type === 'REJECT');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-14', show(cs));
  cs = claimsOf('On Monday, June 16, Aliyev announced a three-day truce for the holiday.\n\nThe same evening, Armenia rejected the truce as too short.', PUB);
  c = cs.find((x) => x.actor === 'ARM' && x.type === 'REJECT');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-16', show(cs));
});

test('negatives: "two hours ago" is still the publication day; an hour count with no day before it dates nothing; a date of its own stays', () => {
  let cs = claimsOf('Two hours ago, Armenia rejected the ceasefire proposed by Baku in June.', PUB);
  let c = cs.find((x) => x.actor === 'ARM' && x.type === 'REJECT');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-22', show(cs));
  // No day named before it: the publication window, not the publication day read from "hours".
  cs = claimsOf('Armenia proposed a ceasefire in the spring.\n\nA few hours after the call in June, Azerbaijan rejected the ceasefire.', PUB);
  c = cs.find((x) => x.actor === 'AZE' && x.type === 'REJECT');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06', show(cs));
  // "After three hours of talks on Thursday": the day it names dates the stance.
  cs = claimsOf('After three hours of talks on Thursday, Serbia agreed to a ceasefire in the north.', PUB);
  c = cs.find((x) => x.actor === 'SRB');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-19', show(cs));
});
