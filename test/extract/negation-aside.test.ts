// A negation separated from its cue by an adverbial set off by commas still governs it (trigger/negation 'asides':
// "would not, however, oppose", "did not, however, reject", "will not, for now, recognise"). Before, the comma ended
// the look-back and the bare cue was read as the refusal it names. Sentences written for this test, other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('a negation before an adverbial aside turns the refusal cue after it', () => {
  for (const body of [
    'Aliyev said Baku would not, however, oppose talks in Geneva.',
    'Aliyev said Baku did not, however, reject the proposal for talks.',
    'Lavrov said Moscow would not, for now, object to talks in Minsk.',
  ]) {
    const got = labels(body);
    assert.ok(got.length > 0 && !got.some((l) => l.includes(' REJECT ')), `${body}\n${got.join('\n')}`);
  }
});

test('the negation still refuses a step that is no refusal cue; no negation, no turn', () => {
  const kosovo = labels('Kurti said Kosovo would not, for now, recognise the Serb association.');
  assert.ok(kosovo.some((l) => l.startsWith('XKX REJECT recognition')), kosovo.join('\n'));
  const baku = labels('Aliyev said Baku would, however, oppose talks in Geneva.');
  assert.ok(baku.includes('AZE REJECT talks []'), baku.join('\n'));
});
