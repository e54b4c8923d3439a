// One noun or pronoun answering a statement of terms on three issues or more answers the terms as a whole, a
// stance on talks (content/terms-answer, spec rule 9); a plural, or two items, still names the items.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone, claimCases } from './helpers.js';

const terms = "Baku said a peace treaty would have to bar foreign troops from Armenia, recognise Azerbaijan's borders and lift the sanctions on Azerbaijani banks.";

claimCases('an answer to terms as a whole', [
  { body: `${terms} Pashinyan called the offer an ultimatum.`, want: ['AZE DEMAND security_guarantees []', 'AZE DEMAND recognition []', 'AZE DEMAND sanctions []', 'ARM REJECT talks []'] },
  { body: `${terms} Yerevan dismissed it as blackmail.`, want: ['AZE DEMAND security_guarantees []', 'AZE DEMAND recognition []', 'AZE DEMAND sanctions []', 'ARM REJECT talks []'] },
], (c) => c.actor === 'AZE' || c.actor === 'ARM');

test('the items are answered one by one', () => {
  // (A plural names the items.)
  assertIncludes([
    [`${terms} Pashinyan rejected the demands.`, 'ARM REJECT recognition []'],
    [`${terms} Pashinyan rejected the demands.`, 'ARM REJECT sanctions []'],
  ]);
  // (Two items are a pair, not a list of terms.)
  assertIncludes([['Baku demanded that Armenia withdraw from the border villages and lift its sanctions on Azerbaijani banks. Yerevan rejected it.', 'ARM REJECT sanctions []']]);
  assertNone(['Baku demanded that Armenia withdraw from the border villages and lift its sanctions on Azerbaijani banks. Yerevan rejected it.'], 'ARM REJECT talks');
});
