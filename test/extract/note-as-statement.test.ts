// A diplomatic note, a memo or a message handed to the other side speaks for its sender, as a statement or a letter
// does (discourse/documents 'statements'): "India handed Pakistan a formal note. The note demands that …".
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf } from './helpers.js';

const brief = (body: string) => claimsOf(body).map((c) => `${c.actor} ${c.type} ${c.issue}`);

test('a note, a memo or a message speaks for the party that sent it', () => {
  assert.deepEqual(brief('India\'s foreign ministry handed Pakistan a formal note on Thursday. The note demands that Pakistan withdraw its troops from the border posts.'), ['IND DEMAND territory']);
  assert.deepEqual(brief('Armenia sent Azerbaijan a diplomatic note on Monday. The note demands the release of all Armenian prisoners.'), ['ARM DEMAND humanitarian']);
  assert.deepEqual(brief('Seoul sent a message to Pyongyang through the hotline on Friday. The message offers to resume family reunions.'), ['KOR OFFER humanitarian']);
  assert.deepEqual(brief('Serbia\'s foreign ministry delivered a memo to the EU envoy on Tuesday. The memo demands that Kosovo withdraw its special police from the north.'), ['SRB DEMAND territory']);
});

test('no claim: a note that states nothing, "of note", a note no one is said to have sent', () => {
  assert.deepEqual(brief('The note was delivered on Thursday. Pakistan said it would study it.'), []);
  assert.deepEqual(brief('Of note, the talks in Geneva ended early on Friday.'), []);
  assert.deepEqual(brief('A note found in the archive demands that the border be redrawn.'), []);
});
