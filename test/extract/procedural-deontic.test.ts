// A deontic that says where or by whom a question is to be settled ("territorial questions should be left for the
// leaders' meeting", "should be decided by the leaders") proposes a format, on the talks (content/procedural-deontic);
// the question its subject names is no demand of its own. Discussing "with" a party, deciding by the people or in a
// referendum, and a deontic on the question's substance stay as they were. Sentences written for these tests, on other
// disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('where or by whom a question is to be settled: a format proposed, on the talks', () => {
  for (const [body, want] of [
    ['Pashinyan said the border questions should be discussed at a meeting of the two leaders.', 'ARM PROPOSE talks []'],
    ['Vucic said the status of the northern municipalities would have to be decided by the presidents in Brussels.', 'SRB PROPOSE talks []'],
    ['Netanyahu said the question of who governs Gaza should be left to the next round of negotiations.', 'ISR PROPOSE talks []'],
    ['Seoul said the sanctions question should only be taken up at a summit of the leaders.', 'KOR PROPOSE talks []'],
    ['Aliyev said the most sensitive points must be negotiated directly between the presidents.', 'AZE PROPOSE talks []'],
    ['Armenia\'s foreign minister said the next round should be a meeting of the two leaders.', 'ARM PROPOSE talks []'],
    ['Vucic said the next step must be a summit of the presidents in Brussels.', 'SRB PROPOSE talks []'],
  ] as const) {
    const got = labels(body);
    assert.ok(got.includes(want), `${body}\n${got.join('\n')}`);
    assert.ok(!got.some((l) => / DEMAND /.test(l)), `${body}\n${got.join('\n')}`);
  }
});

test('a party required, a ratification, or the substance: no format proposed', () => {
  for (const body of [
    'Pashinyan said everything that concerns Armenia must be discussed with Armenia.',
    'Pashinyan said any change to the constitution would have to be decided by Armenians in a referendum.',
    'Aliyev said the root causes of the conflict must be addressed at the talks.',
    'Pashinyan said the first step must be a ceasefire along the border.',
    'Baku said Armenian forces must be withdrawn from the border villages before any meeting of the leaders.',
  ]) {
    const got = labels(body);
    assert.ok(!got.some((l) => / PROPOSE talks/.test(l)), `${body}\n${got.join('\n')}`);
  }
  const returned = labels('Baku said Armenian forces must be withdrawn from the border villages before any meeting of the leaders.');
  assert.ok(returned.some((l) => /^AZE DEMAND territory/.test(l)), returned.join('\n'));
});
