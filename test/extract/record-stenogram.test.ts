// Verbatim records in the stenogram style of many parliaments: a paragraph opens with the speaker's surname in
// capitals and initials ("SURNAME J. A."), or a chair's word in capitals ("CHAIRMAN."), ended by a full stop, not a
// colon (discourse/record-turns). In a record, a named speaker's turn runs over the paragraphs after the label until
// the next one, so its "we" is the speaker's party there too. Also: a fronted phrase with no comma ("In Geneva the
// Serbian side demanded …") does not make the subject after it an object.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const RECORD = `PRESIDENT. The sitting is open. Question time to the Federal Government.

WADEPHUL J. Madam President, colleagues. At the talks in Geneva the Serbian side again demanded the withdrawal of Kosovo police from the north. We rejected that.

We once again proposed a joint monitoring mission for the northern municipalities.

PRESIDENT. Thank you. Deputy Schmidt.

SCHMIDT K. Will the Government accept the new Serbian draft?

WADEPHUL J. We are ready for a next round of talks in Brussels.`;

const header = { title: 'Plenary record of the Bundestag, 12 March 2026 (unofficial translation)', outlet: 'Deutscher Bundestag', published: '2026-03-12' };

test('a stenogram label names the speaker, and the turn runs to the next label', () => {
  const got = claimsOf(RECORD, header).map(label).sort();
  assert.deepEqual(got, ['DEU OFFER talks []', 'DEU PROPOSE security_guarantees []', 'DEU REJECT territory []', 'SRB DEMAND territory []'], got.join('\n'));
});

test('a word in capitals alone (a dateline) is no label', () => {
  const got = claimsOf('KYIV. Zelensky said Ukraine was ready for talks with Russia in Istanbul.\n\nWe are not going to comment, a spokesman for the Kremlin said.', { published: '2026-03-12' }).map(label);
  assert.deepEqual(got, ['UKR OFFER talks []'], got.join('\n'));
});

test('a fronted phrase without a comma leaves the subject after it a subject', () => {
  for (const [body, want] of [
    ['In Geneva the Serbian side demanded the withdrawal of Kosovo police from the north.', 'SRB DEMAND territory []'],
    ['At the summit in Baku the Armenian delegation proposed a swap of all detainees.', 'ARM PROPOSE humanitarian []'],
  ]) {
    const got = claimsOf(body).map(label);
    assert.ok(got.includes(want), `${body}\n${got.join('\n')}`);
  }
});
