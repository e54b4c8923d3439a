// A noun of promising followed by "that" (a commitment, an assurance, a binding pledge or promise) says what is
// promised in its clause: an issue the clause names wins over the promise itself, and with none named it is a
// security guarantee (issues.json security_guarantees genericTerms). Sentences written for these tests.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('the clause of a promise names its issue', [
  { body: 'Russia demanded a legally binding commitment that Georgia will never join NATO.', want: ['RUS DEMAND alliance []'] },
  { body: 'Baku wants a binding commitment that Armenia will stay out of any military alliance.', want: ['AZE DEMAND alliance []'] },
  { body: 'Serbia sought written assurances that Kosovo would hold no referendum on independence.', want: ['SRB DEMAND governance []'] },
]);

test('a promise whose clause names no other issue is a security guarantee; the verb is no promise noun', () => {
  const attack = claimsOf('Ukraine wants assurances that Russia will not attack again.').map(label);
  assert.ok(attack.includes('UKR DEMAND security_guarantees []'), attack.join('\n'));
  // ("to guarantee that …" is the verb: it names no issue of its own.)
  const corridors = claimsOf('The UN proposed a contact group to open safe corridors and to guarantee that they are effective.').map(label);
  assert.ok(!corridors.some((l) => / security_guarantees /.test(l)), corridors.join('\n'));
});
