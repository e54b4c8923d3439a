// A party's forces that would (not) shrink, downsize, disarm or demobilise take a stance on military limits named by
// the subject and the verb, with no object (candidate/modal forceSizeVerbs). Sentences written for this test, on
// other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('forces that shrink or disarm are military limits', () => {
  assertIncludes([
    ['Armenia\'s defence minister was asked about the treaty. \'Our army will not shrink by a single battalion,\' he said.', 'ARM REJECT military_limits []'],
    ['Serbia\'s army will not downsize while Kosovo arms itself, Vucic said.', 'SRB REJECT military_limits []'],
    ['Armenia would downsize its army by a third, Pashinyan said.', 'ARM OFFER military_limits []'],
  ]);
  assertNone(['Armenia\'s defence minister was asked about the treaty. \'Our army will not shrink by a single battalion,\' he said.'], ' other ');
});
