// Places named only in part ("parts of Zaporizhzhia", "the rest of Donetsk", "Donetsk up to the city of
// X") are marked on the claim (spec §6), in the JSON record and the store; the eval record is unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../../src/annotate/annotate.js';
import { getIndex } from '../../src/extract/index.js';
import { findPartialPlaces } from '../../src/extract/partial.js';
import { toEvalRecord } from '../../src/eval/record.js';
import { claimsOf } from './helpers.js';

function partialIn(text: string): Array<{ codes: string[]; reason: string }> {
  const doc = annotate(text, '2025-08-16', getIndex());
  return findPartialPlaces(doc, 0, doc.tokens.length).map((p) => ({ codes: p.codes, reason: p.reason.split(':')[0] }));
}

test('phrases that name a region in part, with the reason that matched', () => {
  const cases: Array<[string, string[][], string[]]> = [
    ['He could give up parts of Zaporizhzhia and Kherson.', [['UA-23', 'UA-65']], ['parts-of']],
    ['They want the rest of the Donetsk region.', [['UA-14']], ['rest-of']],
    ['Moscow would keep the part of Kherson it controls.', [['UA-65']], ['part-of']],
    ['The plan hands Russia most of Luhansk.', [['UA-09']], ['most-of']],
    ['Russia wants Donetsk up to the city of Kramatorsk.', [['UA-14']], ['up-to']],
    ['parts of two other Ukrainian regions he has partially occupied - Zaporizhzhia and Kherson - in exchange', [['UA-23', 'UA-65']], ['parts-of']],
    ['the relatively small parts of territory it holds in the Kharkiv and Mykolaiv regions', [['UA-63', 'UA-48']], ['parts-of']],
    ['withdraw from the parts of Donbas still under its control', [['UA-14', 'UA-09']], ['parts-of']],
  ];
  for (const [text, codes, reasons] of cases) {
    const found = partialIn(text);
    assert.deepEqual(found.map((f) => f.codes), codes, text);
    assert.deepEqual(found.map((f) => f.reason), reasons, text);
  }
});

test('near misses name no region in part', () => {
  for (const text of [
    'Russia demanded all of Donetsk as part of the deal.',
    'Ukraine will take part in talks on Zaporizhzhia.',
    'Putin demanded full control of Donetsk and Luhansk.',
    'Parts of the plan were leaked; Kherson was not mentioned in them.',
    'Most of the delegates left before the Kherson question came up.',
  ]) assert.deepEqual(partialIn(text), [], text);
});

test('a claim keeps its partial regions (whole regions stay whole); the eval record has no such field', () => {
  const claims = claimsOf('Putin demanded that Ukraine hand over all of Donetsk. In return, Putin said he would be willing to give up parts of Zaporizhzhia and Kherson.');
  const offer = claims.find((c) => c.type === 'OFFER' && c.issue === 'territory');
  const demand = claims.find((c) => c.type === 'DEMAND' && c.regions.includes('UA-14'));
  assert.ok(offer, JSON.stringify(claims.map((c) => [c.type, c.issue, c.regions])));
  assert.deepEqual(offer.partial, ['UA-23', 'UA-65'].filter((r) => offer.regions.includes(r)));
  assert.ok(offer.partial!.length === 2);
  assert.ok(demand);
  assert.equal(demand.partial, undefined);
  assert.equal('partial' in toEvalRecord(offer), false);
});
