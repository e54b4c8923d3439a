// Verbs of saying in the present tense ("answer", "replies", "responds", "confirms") name a speaker as the past
// forms do (speech-verbs): "The Europeans answer in a joint statement: Armenia must …" is the Europeans' demand.
// Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a present-tense verb of saying names the speaker of a deontic', [
  { body: 'The Europeans answer in a joint statement: Armenia must have ironclad security guarantees.', want: ['EUR DEMAND security_guarantees []'] },
  { body: 'Brussels replies: Serbia must recognise Kosovo.', want: ['EU DEMAND recognition []'] },
  { body: '"Armenia must withdraw its troops from the border," Baku replies.', want: ['AZE DEMAND territory []'] },
  {
    body: 'Baku sent its draft to Yerevan on Monday. The Armenian side replies in a note: Azerbaijan must withdraw its troops from the border villages.',
    want: ['ARM DEMAND territory []'],
  },
]);

test('the noun "answer" names no speaker', () => {
  const got = claimsOf('The answer from Moscow was not long in arriving. Armenia must withdraw from the corridor.').map(label);
  assert.ok(!got.some((l) => l.startsWith('RUS ')), got.join('\n'));
  const reply = claimsOf('No reply came from Khartoum. The army must stop shelling Omdurman, aid groups say.').map(label);
  assert.ok(!reply.some((l) => l.startsWith('SDN ')), reply.join('\n'));
});
