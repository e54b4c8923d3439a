// A stance reported in the present perfect is held up to the time of writing (claim/present-perfect-date, spec §2
// `date`): "Baku has said that …", "officials have continued to insist …", "Doha, which hosted the talks in March,
// has offered …" take no past day of a neighbouring sentence or of another clause of their own; "since 2008" gives a
// range to publication. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, showDates, claimDate } from './helpers.js';

const show = showDates;

// A report of Friday 20 June 2025.
const PUB = { published: '2025-06-20' };
const WINDOW = { from: '2025-06-06', to: '2025-06-20' };
const dateOf = (body: string, actor: string, issue: string) => claimDate(body, actor, issue, PUB);

test('a present-perfect report takes no day of the sentence before', () => {
  let r = dateOf('On Monday, June 16, Aliyev met Erdogan in Ankara. Baku has said that any peace treaty would require Armenia to change its constitution.', 'AZE', 'governance');
  assert.deepEqual(r.date, WINDOW, r.shown);
  r = dateOf('Egypt\'s foreign minister met his Israeli counterpart on May 3. Israeli officials have continued to insist that Hamas must release all the hostages.', 'ISR', 'humanitarian');
  assert.deepEqual(r.date, WINDOW, r.shown);
});

test('a present-perfect stance takes no past day of another clause of its sentence', () => {
  const r = dateOf('Qatar, which hosted the talks in March, has offered to host further rounds between Israel and Hamas.', 'QAT', 'talks');
  assert.deepEqual(r.date, WINDOW, r.shown);
});

test('"has not changed since 2008": the position holds from then to publication', () => {
  const r = dateOf('Serbia\'s position has not changed since 2008: Belgrade will never recognise the independence of Kosovo.', 'SRB', 'recognition');
  assert.deepEqual(r.date, { from: '2008-01-01', to: '2025-06-20' }, r.shown);
});

test('negatives: a past report keeps its day, a date reaching publication stays', () => {
  let r = dateOf('On Monday, June 16, Aliyev met Erdogan in Ankara. He said that any peace treaty would require Armenia to change its constitution.', 'AZE', 'governance');
  assert.deepEqual(r.date, '2025-06-16', r.shown);
  r = dateOf('Aliyev said on Monday that Baku would never accept foreign peacekeepers.', 'AZE', 'security_guarantees');
  assert.deepEqual(r.date, '2025-06-16', r.shown);
  r = dateOf('Qatar has this week offered to host further rounds between Israel and Hamas.', 'QAT', 'talks');
  assert.deepEqual(r.date, { from: '2025-06-16', to: '2025-06-20' }, r.shown);
});

test('the bullets of a present-perfect lead-in take no earlier day either', () => {
  const body = 'Belgrade\'s terms have barely moved since Vucic set them out in March 2024. Its envoys have told the EU mediators that a settlement must include:\n\n* the withdrawal of Kosovo police from the northern municipalities;\n* a binding commitment that Kosovo will never join NATO;\n* limits on the size of the Kosovo Security Force.\n';
  const cs = claimsOf(body, PUB);
  const srb = cs.filter((c) => c.actor === 'SRB');
  assert.ok(srb.length >= 2, show(cs));
  for (const c of srb) assert.deepEqual(brief(c).date, WINDOW, show(cs));
});

test('negatives: a perfect inside a past report, a perfect beyond "but"', () => {
  let r = dateOf('After meeting Aliyev on Monday, Erdogan told reporters that Turkey has offered to host the next round of talks.', 'TUR', 'talks');
  assert.deepEqual(r.date, '2025-06-16', r.shown);
  r = dateOf('GENEVA, June 19 - No agreement has yet been found, but Azerbaijan is ready to continue talks with Armenia, Aliyev\'s aide said.', 'AZE', 'talks');
  assert.deepEqual(r.date, '2025-06-19', r.shown);
});

test('negative: the next sentence\'s day of speech restates a present-perfect position and dates it', () => {
  const r = dateOf('Baku has demanded that Armenia change its constitution. Aliyev said on Tuesday that Azerbaijan\'s position had not changed.', 'AZE', 'governance');
  assert.deepEqual(r.date, '2025-06-17', r.shown);
});
