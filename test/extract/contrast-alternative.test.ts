// An alternative set against a stance's content ("a peace agreement rather than a mere ceasefire", "a treaty, not a
// truce") is no part of it (content/contrast-alternative), and after "rather than"/"instead of" it is refused
// (claim/rather-than), also after a demand or a proposal. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('the alternative is refused, not proposed', [
  { body: 'Trump said the best way forward was to go directly to a peace agreement rather than a mere ceasefire.', want: ['USA PROPOSE talks []', 'USA REJECT ceasefire []'] },
  { body: 'Aliyev said Baku wants a full peace treaty rather than a temporary truce.', want: ['AZE PROPOSE talks []', 'AZE REJECT ceasefire []'] },
  { body: 'Kyiv demanded security guarantees rather than a promise of NATO membership.', want: ['UKR DEMAND security_guarantees []', 'UKR REJECT alliance []'] },
  { body: 'Aliyev said Baku wants a full peace treaty, not a temporary truce.', want: ['AZE PROPOSE talks []'] },
  { body: 'Trump said the best way to end the war was to go directly to a peace agreement, "and not a mere ceasefire".', want: ['USA PROPOSE talks []'] },
]);

test('negatives: a refusal listing more of what it refuses, "not only", a contrast inside a noun phrase', () => {
  const has = (body: string, want: string) => {
    const got = claimsOf(body).map(label);
    assert.ok(got.some((l) => l.startsWith(want)), `${body}\n${got.join('\n')}`);
  };
  has('Kyiv will never recognise occupied territory as Russian - not Crimea, not Donetsk.', 'UKR REJECT recognition');
  has('Kyiv demanded the withdrawal of Russian troops, not only from Kherson but from all occupied regions.', 'UKR DEMAND territory');
  has('Trump floated a demilitarized zone policed by European rather than American troops.', 'USA PROPOSE security_guarantees');
  const got = claimsOf('The Hungarian minister said: instead of talking about new sanctions, Europe should welcome a peace plan.').map(label);
  assert.ok(!got.some((l) => l.includes('REJECT sanctions')), got.join('\n'));
});
