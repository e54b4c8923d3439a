// The terms a document's part sets out ("Paragraph 1 of Article 1 states that …", "The next clause provides …") are
// dated by the day the document is "dated" in the sentences before (claim/document-dated), not by the publication
// window. Articles written for these tests, on other disputes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { claimsOf, showDates as show, dateOfClaim as dateOf } from './helpers.js';

const PUB = { published: '2025-06-18' };
const WINDOW = { from: '2025-06-04', to: '2025-06-18' };

test('a document\'s part saying what it sets out is dated by the document\'s "dated" day', () => {
  let cs = claimsOf('Aliyev showed the visitors a text. Its header shows that it is a draft dated March 13, 2023.\n\nArticle 2 states that Armenia undertakes to recognise the territorial integrity of Azerbaijan.', PUB);
  assert.deepEqual(dateOf(cs, 'ARM'), '2023-03-13', show(cs));
  cs = claimsOf('The memorandum, dated 2 June 2024, was leaked on Monday to a Belgrade paper.\n\nThe second clause provides that Kosovo would recognise the association of Serb municipalities.', PUB);
  assert.deepEqual(dateOf(cs, 'XKX'), '2024-06-02', show(cs));
});

test('negatives: a document part with a date of its own, no "dated" day, a sentence with another subject', () => {
  let cs = claimsOf('The text is a draft dated March 13, 2023.\n\nArticle 2, added on 2 May 2023, states that Armenia undertakes to recognise the territorial integrity of Azerbaijan.', PUB);
  assert.deepEqual(dateOf(cs, 'ARM'), '2023-05-02', show(cs));
  cs = claimsOf('The text was shown to the visitors.\n\nArticle 2 states that Armenia undertakes to recognise the territorial integrity of Azerbaijan.', PUB);
  assert.deepEqual(dateOf(cs, 'ARM'), WINDOW, show(cs));
  cs = claimsOf('The text is a draft dated March 13, 2023.\n\nPashinyan says that Armenia is ready to recognise the territorial integrity of Azerbaijan.', PUB);
  assert.deepEqual(dateOf(cs, 'ARM'), WINDOW, show(cs));
});
