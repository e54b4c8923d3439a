// A refusal whose object names no issue but which holds "unless" or "until" something is done is a stance on that
// object (issue other), so that the condition's demand is read (content/conditioned-refusal). Sentences written for
// these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the condition of a refusal on an object with no issue is demanded', () => {
  assertIncludes([
    ['Baku will not sign anything unless Yerevan withdraws its troops from the border villages.', 'AZE DEMAND territory []'],
    ['Moscow said it will not renew the arrangement unless restrictions on its agricultural exports are lifted.', 'RUS DEMAND sanctions []'],
    ['Kyiv will not go to Istanbul until the ceasefire holds.', 'UKR DEMAND ceasefire []'],
    ['Israel will not reopen the crossings until Hamas releases every hostage, the prime minister said.', 'ISR DEMAND humanitarian []'],
  ]);
});

test('negatives: a refusal with no condition and no issue gives no claim; a condition that is no refusal\'s adds none', () => {
  assertNone(['Baku will not sign anything, Aliyev said.', 'Belgrade will not comment on the report, the ministry said.'], ' DEMAND ');
  assertNone(['Baku will not sign anything, Aliyev said.'], ' REJECT ');
});
