// A verb of giving, then the party given a document, then the document ("Medinsky handed the Ukrainian side a
// memorandum") names the verb's subject as the document's author, not the party in between
// (discourse/document-handed-recipient): what the document later demands or proposes is the giver's. Sentences
// written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the giver of a handed document is its author', () => {
  assertIncludes([
    ['Azerbaijani negotiators handed the Armenian side a memorandum on Tuesday. The document demands that Armenia withdraw its troops from the border villages.', 'AZE DEMAND territory []'],
    ['Serbia sent Kosovo a draft on Monday. The draft proposes that the tariffs on Serbian goods be lifted.', 'SRB PROPOSE sanctions []'],
    ['Egyptian negotiators handed Hamas a three-page proposal. Under the proposal, Hamas would release all hostages within a week.', 'EGY PROPOSE humanitarian []'],
    ['The talks began with Kenya handing Ethiopia a ten-point plan. The plan would require the withdrawal of Eritrean troops from the border.', 'KEN PROPOSE territory []'],
  ]);
  assertNone([
    'Azerbaijani negotiators handed the Armenian side a memorandum on Tuesday. The document demands that Armenia withdraw its troops from the border villages.',
    'Serbia sent Kosovo a draft on Monday. The draft proposes that the tariffs on Serbian goods be lifted.',
  ], /^(ARM|XKX|KOS) /);
});

test('no party given the document, or no verb of giving: no author from the recipient', () => {
  assertNone([
    'Armenia received a memorandum on Tuesday. The document demands that Armenia withdraw its troops from the border villages.',
    'Journalists were shown a memorandum on Tuesday. The document demands that Armenia withdraw its troops from the border villages.',
  ], /^(ARM|AZE) DEMAND territory/);
});
