// A party that puts forward its own neutrality offers a concession of its own (claim/own-neutrality); another party's
// neutrality put forward stays a proposal or a demand. Sentences written for this test, with other parties and places.
import { assertIncludes, assertNone } from './helpers.js';

assertIncludes([
  ['Moldova puts neutrality on the table in Geneva, asks for guarantors.', 'MDA OFFER alliance []'],
  ['Georgia on Tuesday proposed adopting a neutral status in exchange for international security guarantees.', 'GEO OFFER alliance []'],
  ['Finland proposed a permanently neutral status for itself, with no foreign bases.', 'FIN OFFER alliance []'],
] as const);

// (Another party's neutrality: not the proposer's own concession.)
assertNone([
  'Turkey proposed that Georgia adopt a neutral status.',
  'Hungary proposed neutrality for Moldova as part of a settlement.',
], 'OFFER alliance');
