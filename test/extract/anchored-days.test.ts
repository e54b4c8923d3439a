// Days counted from another day of the story (discourse/anchored-days, spec §5 `date`): "The day before, in
// Belgrade, …", "Two days later, …", "a week earlier" are read against the day the text named last, not against
// the publication date; "a day after X said …" counts from X, and is no such count. Articles written for these
// tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');
const find = (cs: Claim[], l: string) => cs.find((c) => label(c) === l);

// Published Monday 23 June 2025, a long-read on a visit a week before.
const PUB = { published: '2025-06-23' };

test('"the day before" and "two days later" count from the day the story named last', () => {
  const body = [
    'The EU envoy spent a week shuttling between Belgrade and Pristina this month.',
    '',
    'Speaking after his meeting with the envoy on Saturday, June 14, Vucic said the talks had been frank.',
    '',
    '"We listened," the envoy said. "Both sides have their red lines."',
    '',
    'The day before, in Pristina, Kosovo\'s prime minister told the envoy that Serbia must withdraw its police from the north.',
  ].join('\n');
  const cs = claimsOf(body, PUB);
  const demand = find(cs, 'XKX DEMAND other []') ?? cs.find((c) => c.actor === 'XKX');
  assert.ok(demand, show(cs));
  assert.deepEqual(brief(demand!).date, '2025-06-13', show(cs));
  const later = claimsOf('On Saturday, June 14, the envoy met Vucic in Belgrade.\n\nTwo days later, Serbia rejected any ceasefire monitors in the north.', PUB);
  const reject = later.find((c) => c.actor === 'SRB' && c.type === 'REJECT');
  assert.ok(reject, show(later));
  assert.deepEqual(brief(reject!).date, '2025-06-16', show(later));
});

test('a day given as background (pluperfect) is not the day counted from', () => {
  const body = [
    'On Monday, June 16, Erdogan told reporters that Turkey was ready to host the leaders of Armenia and Azerbaijan.',
    'Ankara had already hosted a round of talks last Friday.',
    '',
    'The next day, Armenia accepted the invitation to talks in Ankara.',
  ].join('\n');
  const cs = claimsOf(body, PUB);
  const c = cs.find((x) => x.actor === 'ARM' && x.issue === 'talks');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-17', show(cs));
});

test('negatives: "a day after X said" and "the day before the summit" count from what follows them', () => {
  // "a day after the Azerbaijani minister said …" is no count from the story's last day: the sentence's own date stays.
  let cs = claimsOf('On Friday, June 20, Armenia offered to host the next round of talks. The offer came a day after the Azerbaijani minister said Baku would not negotiate under pressure.', PUB);
  let c = cs.find((x) => x.actor === 'ARM');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-20', show(cs));
  // With no day named before it, "the day before" is left as it was (no count from nothing).
  cs = claimsOf('The day before the summit, Serbia rejected the proposed ceasefire.', PUB);
  c = cs.find((x) => x.actor === 'SRB');
  assert.ok(c, show(cs));
  assert.notDeepEqual(brief(c!).date, '2025-06-13', show(cs));
});

test('"that same afternoon" is the day named last, not the day after it ("afternoon" holds no "after")', () => {
  const cs = claimsOf('The communiqué was signed in Prague on 29 May.\n\nThat same afternoon, Azerbaijan rejected the Armenian proposal. The same evening, Armenia said it was ready to extend the truce.', PUB);
  const aze = cs.find((c) => c.actor === 'AZE');
  assert.ok(aze, show(cs));
  assert.deepEqual(brief(aze!).date, '2025-05-29', show(cs));
  const arm = cs.find((c) => c.actor === 'ARM');
  assert.ok(arm, show(cs));
  assert.deepEqual(brief(arm!).date, '2025-05-29', show(cs));
});
