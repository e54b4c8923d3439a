// A stance word inside a purpose clause ("so that …", "in order that …") states what the main clause's stance is for,
// not a stance of its own (trigger/purpose-clause). Sentences written for these tests, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const labels = (body: string) => claimsOf(body).map(label);

test('a refusal inside "so that" is the demand\'s content, not the subject\'s refusal', () => {
  for (const [body, not] of [
    ['Yerevan has to rewrite its constitution so that any claim on Karabakh is ruled out, the Azerbaijani spokesman said.', 'ARM REJECT'],
    ['Belgrade must change its law in order that recognition of Kosovo is rejected for good, the Russian envoy said.', 'SRB REJECT'],
    ['Pristina has to amend its statute so that joining the alliance is excluded, the Serbian minister said.', 'XKX REJECT'],
  ] as const) {
    const got = labels(body);
    assert.ok(!got.some((l) => l.startsWith(not)), `${body}\n${got.join('\n')}`);
  }
});

test('the main stance stays, and a stance before the clause is untouched', () => {
  const got = labels('Yerevan has to rewrite its constitution so that any claim on Karabakh is ruled out, Aliyev said.');
  assert.ok(got.some((l) => l.startsWith('AZE DEMAND')), got.join('\n'));
  // "so" alone, or "that" after another word, opens no purpose clause.
  assert.ok(labels('Serbia said it rejected the plan, so the talks were over.').some((l) => l.startsWith('SRB REJECT')));
});
