// Setting up or leading a working or contact group on some subjects is a stance on the talks' format, its subjects
// are the agenda (content/hosted-talks, spec rule 9): "suggested creating three working groups, on political,
// humanitarian and military questions" proposes talks, not a humanitarian step. Sentences written for these tests,
// on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf, label } from './helpers.js';

claimCases('a working or contact group on subjects is talks', [
  { body: 'Baku suggested creating three working groups, on political, humanitarian and border questions.', want: ['AZE PROPOSE talks []'] },
  { body: 'Armenia proposed a working group on the delimitation of the border.', want: ['ARM PROPOSE talks []'] },
  { body: 'Israel is ready to set up a contact group on the hostages.', want: ['ISR OFFER talks []'] },
  { body: 'Qatar is ready to host talks on hostages, prisoners and a truce.', want: ['QAT OFFER talks []'] },
]);

test('a group that is no format of talks, and a zone set up, keep their issue', () => {
  const zone = claimsOf('Baku is ready to establish a demilitarised zone along the border.').map(label);
  assert.ok(zone.includes('AZE OFFER military_limits []'), zone.join('\n'));
  const swap = claimsOf('Kyiv proposed an exchange of prisoners on an all-for-all basis.').map(label);
  assert.ok(swap.includes('UKR PROPOSE humanitarian []'), swap.join('\n'));
});
