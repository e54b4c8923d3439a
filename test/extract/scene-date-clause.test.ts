// A date that opens a clause after "and" or a comma, in an earlier sentence of the paragraph ("…, and by 15 April the
// draft showed …"), sets the scene for the statements after it in that paragraph, as a date at the head of the
// paragraph does (claim/scene-date). A long-read's background statements then take that day, not the publication
// window. Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const body = 'Two weeks later the mood had soured. The delegations moved to a shared document in Brussels, and by 15 April 2023 the draft showed how far apart they still were. The text ran to eleven pages. Belgrade demanded a cap of 2,500 on Kosovo\'s security force.';

test('a clause-opening date earlier in the paragraph dates the statements after it', () => {
  const c = claimsOf(body, { published: '2024-06-20' }).find((x) => x.actor === 'SRB' && x.type === 'DEMAND');
  assert.ok(c, 'no SRB DEMAND');
  assert.deepEqual(c.date.value, { from: '2023-04-15', to: '2023-04-15' });
});

test('a date inside a clause (not opening it) sets no scene', () => {
  const c = claimsOf('The delegations moved to a shared document that was finished on 15 April 2023 in Brussels. The text ran to eleven pages. Belgrade demanded a cap of 2,500 on Kosovo\'s security force.', { published: '2024-06-20' }).find((x) => x.actor === 'SRB' && x.type === 'DEMAND');
  assert.ok(c, 'no SRB DEMAND');
  assert.notDeepEqual(c.date.value, { from: '2023-04-15', to: '2023-04-15' });
});
