// A "must not" addressed to another party ("Ukraine must not join NATO", said by Moscow) demands that party refrain
// (claim/party-must-not), as "must never join" does; a "must not" whose subject is no party, a passive, a possessor's
// noun or the speaker's own party stays a refusal. Sentences written for this test, with other parties and places
// than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf } from './helpers.js';

claimCases('a "must not" addressed to another party demands it of that party', [
  {
    body: 'Armenia and Azerbaijan resumed talks in Washington. Aliyev said Armenia must not join NATO.',
    want: ['AZE DEMAND alliance []'],
  },
  {
    body: 'Ethiopia and Eritrea traded accusations on Monday. Eritrea must not rearm its border units, Ethiopian Prime Minister Abiy Ahmed said.',
    want: ['ETH DEMAND military_limits []'],
  },
  {
    body: 'Serbia and Kosovo met in Brussels. Vucic said Pristina must not send troops into the north.',
    want: ['SRB DEMAND security_guarantees []'],
  },
]);

claimCases('a "must not" of no party, a passive or the speaker\'s own party stays a refusal', [
  {
    body: 'Armenia and Azerbaijan resumed talks in Washington. Macron said borders must not be changed by force.',
    want: ['FRA REJECT territory []'],
  },
  {
    body: 'Armenia and Azerbaijan resumed talks in Washington. Aliyev said Armenia must not be allowed to join NATO.',
    want: ['AZE REJECT alliance []'],
  },
  {
    body: 'Israel and Hamas negotiators met in Doha. Netanyahu said Israel must not give up its security control of the Gaza border.',
    want: ['ISR REJECT territory []'],
  },
]);

test('the demand made by "must not" is aimed at the party told to refrain', () => {
  const cs = claimsOf('Armenia and Azerbaijan resumed talks in Washington. Aliyev said Armenia must not join NATO.');
  assert.equal(cs.find((c) => c.type === 'DEMAND')?.target, 'ARM', cs.map((c) => `${c.actor} ${c.type} ${c.target}`).join('\n'));
});
