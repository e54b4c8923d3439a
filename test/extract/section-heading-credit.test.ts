// discourse/publisher-section: a section heading over the story ("WORLD NEWS", "INTERNATIONAL NEWS") names no
// organisation: it is no wire dateline, and the story stays on the publisher's word; a real agency's dateline still
// credits the agency. Sentences written for this test (other disputes).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const H = { published: '2025-06-13', outlet: 'Harbour Gazette' };

test('a section heading in capitals is not an outlet: the publisher keeps the credit', () => {
  for (const heading of ['WORLD NEWS', 'INTERNATIONAL NEWS', 'BREAKING NEWS']) {
    const cs = claimsOf(`${heading}\nArmenia demanded that Azerbaijan withdraw its troops from the border.`, H);
    const c = cs.find((x) => label(x).startsWith('ARM DEMAND'));
    assert.ok(c, cs.map(label).join('\n'));
    assert.equal(c!.source.outlet, 'Harbour Gazette', heading);
  }
});

test('a wire dateline still credits the wire', () => {
  const cs = claimsOf('BELGRADE (Reuters) - Serbia rejected the proposal to hold talks in Brussels next month.', H);
  assert.ok(cs.length > 0);
  for (const c of cs) assert.equal(c.source.outlet, 'Reuters', label(c));
});
