// A part of a document standing as its clause's subject ("The second option … would require Kyiv to …") speaks for the
// authors of the document named before (holder/section-subject): what it requires is their stance, not that of the
// party the story last quoted. Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a document part\'s requirement is its authors\'', () => {
  assertIncludes([
    ['Qatar\'s foreign minister opened the session. Doha, he said, was ready to host the leaders. Israeli envoys then handed over Israel\'s draft. The second option, set out on its last page, would require Hamas to disarm within ninety days.', 'ISR DEMAND military_limits []'],
    ['Aliyev\'s aides published Azerbaijan\'s peace proposal on Monday. The first section would require Armenia to recognise Azerbaijan\'s borders.', 'AZE DEMAND recognition []'],
    ['Pashinyan told parliament the talks would go on. Baku then sent its draft treaty to Yerevan. Its second option would require Armenia to withdraw from the border villages.', 'AZE DEMAND territory []'],
  ]);
});

test('negatives: a part that describes the document, and a part some party judges, are not the authors\' demand', () => {
  // (What the section "outlines" is the document's structure; a party subject of the clause speaks for itself.)
  assertNone(['Serbia sent its proposal to Brussels on Monday. The second section of the document outlines two possible scenarios.'], 'SRB PROPOSE');
  assertNone(['Qatar\'s foreign minister opened the session. Israeli envoys handed over Israel\'s draft. The second option, which Hamas rejected, would require Hamas to disarm.'], 'QAT DEMAND');
});
