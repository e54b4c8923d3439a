// A wire credit at the end of a re-published story (discourse/trailing-credit): a line that only names a news agency
// after the text ("ANI", "— AFP", "(Reuters)", "Source: TASS", "With inputs from PTI") credits it for the whole
// article, as a dateline does; a sentence about an agency, a picture's credit or the publisher's own name does not.
// Sentences written for these tests, with other parties and places.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, label } from './helpers.js';

const H = { published: '2025-03-12', outlet: 'Harbour Daily' };
/** The outlets of the body's claims, one per claim (at least one claim). */
const outletsOf = (body: string) => { const cs = claimsOf(body, H); assert.ok(cs.length > 0, body); return [...new Set(cs.map((c) => c.source.outlet))]; };
const STORY = 'Azerbaijani President Ilham Aliyev said on Tuesday that Baku would not sign the peace treaty until Armenia changed its constitution.\n\nArmenian Prime Minister Nikol Pashinyan said Yerevan was ready to hold a referendum next year.';

test('an agency named alone on the last line credits the whole article', () => {
  assert.deepEqual(outletsOf(`${STORY}\n\nANI`), ['ANI']);
  assert.deepEqual(outletsOf(`${STORY}\n\n— AFP`), ['AFP']);
  assert.deepEqual(outletsOf(`${STORY}\n\n(Reuters)`), ['Reuters']);
  assert.deepEqual(outletsOf(`${STORY}\n\nAFP/DPA`), ['AFP']);
});

test('a lead-in before the agency: "Source:", "With inputs from"', () => {
  assert.deepEqual(outletsOf(`${STORY}\n\nSource: TASS`), ['TASS']);
  assert.deepEqual(outletsOf('Serbian President Aleksandar Vucic said Belgrade would never recognise Kosovo.\n\nWith inputs from AFP'), ['AFP']);
  assert.deepEqual(outletsOf('North Korea rejected any talks with Seoul, state media said on Friday.\n\nAdditional reporting by Reuters'), ['Reuters']);
});

test('a credit in the text still credits its own sentence', () => {
  const cs = claimsOf('Armenian Foreign Minister Ararat Mirzoyan told CNN that Yerevan would not allow foreign troops on its border.\n\nAliyev said Baku would not sign the treaty until Armenia changed its constitution.\n\nAFP', H);
  const show = cs.map((c) => `${label(c)} ${c.source.outlet}`).join('\n');
  assert.equal(cs.find((c) => c.actor === 'ARM')?.source.outlet, 'CNN', show);
  assert.equal(cs.find((c) => c.actor === 'AZE' && c.issue === 'governance')?.source.outlet, 'AFP', show);
});

test('no credit: a sentence about an agency, a picture credit, the publisher itself, a byline', () => {
  for (const tail of ['With inputs from AFP and Reuters', 'Additional reporting by Reuters, AFP', 'Reuters could not independently verify the claims.', 'Photo: AFP', 'Harbour Daily', 'By John Smith', 'Follow AFP on X']) {
    assert.deepEqual(outletsOf(`${STORY}\n\n${tail}`), ['Harbour Daily'], tail);
  }
});
