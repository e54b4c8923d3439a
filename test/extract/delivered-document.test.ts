// Handing over a document is delivering it, not ceding land (discourse/delivered-document): "hand over" is a
// territory term, but not when a memorandum, draft or list is what is handed over. Sentences written for this
// test, with other parties.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimCases, claimsOf } from './helpers.js';

const noTerritory = (body: string) => () => {
  const claims = claimsOf(body);
  assert.ok(!claims.some((c) => c.issue === 'territory'), claims.map((c) => `${c.actor} ${c.type} ${c.issue} «${c.quote}»`).join('\n'));
};

test('a memorandum the participle follows is delivered: no territory', noTerritory(
  'Baku said the Azerbaijani memorandum handed over in Abu Dhabi in May demanded the lifting of the embargo on arms.'));
test('a draft after the recipient is delivered: no territory', noTerritory(
  'Aliyev said Azerbaijan would be ready to hand over to the Armenian side a draft memorandum on the principles of a peace treaty.'));
test('lists handed over are papers: no territory', noTerritory(
  'Khartoum demanded that the RSF hand over lists of the soldiers it is holding before any exchange.'));

claimCases('the land handed over stays territory', [
  // The object of "hand over" is land, with or without a document elsewhere in the sentence.
  { body: 'Azerbaijan demanded that Armenia hand over the four border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'Serbia will never hand over the north of Kosovo, Vucic said.', want: ['SRB REJECT territory []'] },
  { body: 'Baku insists that Yerevan hand over the villages, as the memorandum requires.', want: ['AZE DEMAND territory []'] },
]);
