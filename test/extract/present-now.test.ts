// "now" dates no statement (claim/present-now, spec §5 `date`): "the land Azerbaijan now holds", "a text both
// sides have now signed" say how things stand at the time of writing; the day the paragraph names, or the
// publication window, dates the position. Sentences written for these tests, on other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, brief, label } from './helpers.js';
import type { Claim } from '../../src/extract/types.js';

const show = (cs: Claim[]) => cs.map((c) => `${label(c)} ${JSON.stringify(brief(c).date)} «${c.quote}» ${c.rule}`).join('\n');

// Published Friday 13 June 2025: the default window is 30 May – 13 June.
const FRI = { published: '2025-06-13' };
const WINDOW = { from: '2025-05-30', to: '2025-06-13' };

test('"now" in a statement leaves the day its paragraph names', () => {
  const cs = claimsOf('Speaking in Baku on Tuesday, Aliyev said he was ready for talks with Yerevan. He repeated that Armenia must withdraw its troops from the border villages now held by its forces.', FRI);
  const c = cs.find((x) => x.actor === 'AZE' && x.type === 'DEMAND');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-10', show(cs));
});

test('"now" alone: the publication window, not the publication day', () => {
  const cs = claimsOf('Serbia now insists that Kosovo must dissolve its special police units in the north.', FRI);
  const c = cs.find((x) => x.actor === 'SRB' && x.type === 'DEMAND');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, WINDOW, show(cs));
});

test('negatives: a day of the statement\'s own stays, "now" or not', () => {
  const cs = claimsOf('On Wednesday Armenia said it was now ready to sign the peace treaty.', FRI);
  const c = cs.find((x) => x.actor === 'ARM');
  assert.ok(c, show(cs));
  assert.deepEqual(brief(c!).date, '2025-06-11', show(cs));
});
