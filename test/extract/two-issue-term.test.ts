// A term that names two issues at once makes a stance on each (content/two-issue-term, issues.json 'alsoTerms'):
// a demand that a settlement "take into account the new territorial realities" is both that the land held stays
// held (territory) and that this be accepted as lawful (recognition). Sentences written for these tests, on other
// disputes; the negatives are the territory-only and recognition-only wordings next to it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('"the new (territorial) realities" name the land and its recognition', [
  { body: 'Baku said any peace treaty must recognise the new territorial realities.', want: ['AZE DEMAND recognition []'] }, // a recognising verb: recognition (the verb itself outranks the two-issue term)
  { body: 'Belgrade said any settlement had to take the new territorial realities into account.', want: ['SRB DEMAND recognition []', 'SRB DEMAND territory []'] },
  { body: 'Israel insisted that any arrangement for Gaza reflect the new realities.', want: ['ISR DEMAND territory []'] }, // taken account of: land only, content/realities-accounted
  { body: 'Khartoum said the mediators had to accept the new realities.', want: ['SDN DEMAND recognition []', 'SDN DEMAND territory []'] },
  { body: 'Moscow said a settlement was possible only on the basis of the new territorial realities.', want: ['RUS DEMAND territory []'] }, // content/realities-accounted
]);

test('the neighbouring wordings keep their one issue', () => {
  // (The realities on the ground are the land alone.)
  const ground = claimsOf('Baku said any peace treaty must reflect the realities on the ground.').map(label);
  assert.ok(ground.includes('AZE DEMAND territory []') && !ground.some((l) => / recognition /.test(l)), ground.join('\n'));
  // (Recognising a state is recognition alone.)
  const state = claimsOf('Serbia will never recognise Kosovo\'s independence.').map(label);
  assert.ok(state.includes('SRB REJECT recognition []') && !state.some((l) => / territory /.test(l)), state.join('\n'));
  // (A refusal of the realities is a refusal of both, not of anything else.)
  const refused = claimsOf('Armenia rejected the new territorial realities.').map(label).sort();
  assert.deepEqual(refused, ['ARM REJECT recognition []', 'ARM REJECT territory []'], refused.join('\n'));
});
