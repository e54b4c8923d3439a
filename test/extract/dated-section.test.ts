// Numbered sections headed by their date (claim/dated-section, spec §5 `date`): in a long-read told in sections,
// "I. March 2023: the Ohrid night" dates the statements under it that have no date of their own or of their
// neighbours, up to the next numbered heading ("III. What the two rounds have in common"), which ends its reach even
// without a date. Articles written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');

// A long-read of Tuesday 10 June 2025.
const PUB = { published: '2025-06-10' };
const WINDOW = { from: '2025-05-27', to: '2025-06-10' };

const LONG_READ = [
  'LONG READ | 12 min read',
  '',
  'Two rounds of talks, two years apart, turned on the same question of recognition.',
  '',
  'I. March 2023: the Ohrid night',
  '',
  'The leaders arrived in Ohrid on a cold evening. The mediators worked through the night.',
  '',
  'On the morning of 18 March, the EU envoy told reporters that an agreement had been reached on the annex.',
  '',
  'In a letter to the envoy days before the meeting, Kosovo\'s prime minister had demanded that Serbia recognise Kosovo\'s independence.',
  '',
  'II.',
  'May 2025: the door, reopened',
  '',
  'Two years later, the same envoy walked into a very different room. Serbia said it was ready to resume talks in Brussels.',
  '',
  'III. What the two rounds have in common',
  '',
  'A diplomat who followed both rounds noted that the format was never in doubt. Azerbaijan is ready to host a meeting of the two sides in Baku.',
].join('\n');

test('a numbered section headed by its date dates the statements under it, past a paragraph with a scene of its own', () => {
  const cs = claimsOf(LONG_READ, PUB);
  const demand = cs.find((c) => c.actor === 'XKX' && c.type === 'DEMAND');
  assert.ok(demand, show(cs));
  assert.deepEqual(brief(demand!).date, '2023-03', show(cs));
  const talks = cs.find((c) => c.actor === 'SRB' && c.issue === 'talks');
  assert.ok(talks, show(cs));
  assert.deepEqual(brief(talks!).date, '2025-05', show(cs));
});

test('negatives: a numbered heading with no date ends the section; a single dated heading is no date line', () => {
  const cs = claimsOf(LONG_READ, PUB);
  const host = cs.find((c) => c.actor === 'AZE' && c.issue === 'talks');
  assert.ok(host, show(cs));
  assert.deepEqual(brief(host!).date, WINDOW, show(cs));
  // One heading alone may be a caption's or a kicker's: the publication window stays.
  const one = claimsOf('May 2025: the door, reopened\n\nThe envoy walked into a very different room. Serbia said it was ready to resume talks in Brussels.', PUB);
  const c = one.find((x) => x.actor === 'SRB');
  assert.ok(c, show(one));
  assert.deepEqual(brief(c!).date, WINDOW, show(one));
  // A numbered point that is a sentence ("1. Was anything signed? No.") is no heading.
  const points = claimsOf('I. March 2023: Ohrid\n\nThe talks ran late.\n\nII. May 2025: Brussels\n\nThe envoy came back.\n\n1. Was anything signed?\n\nNo. Serbia said on Monday it would never recognise Kosovo.', PUB);
  const r = points.find((x) => x.actor === 'SRB');
  assert.ok(r, show(points));
  assert.deepEqual(brief(r!).date, '2025-06-09', show(points));
});
