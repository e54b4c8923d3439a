// "in return for Ukraine giving up its bid to join NATO" (own set AH, al2 helper): the counterpart of a trade is the
// holder's own concession when the clause after "in return for"/"in exchange for" has the holder itself as its
// subject ("Armenia giving up …", "its dropping …"): an offer, whatever the main stance; another party's act there is
// still asked of it. Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('the holder\'s own act after "in return for" is offered', () => {
  assertIncludes([
    ['Armenian negotiators propose that Russia guarantee Armenia\'s security, in return for Armenia giving up its bid to join the EU.', 'ARM OFFER other []'],
    ['Serbia proposed that the EU lift the sanctions in exchange for Serbia dropping its bid to join NATO.', 'SRB OFFER alliance []'],
  ]);
  assertNone([
    'Armenian negotiators propose that Russia guarantee Armenia\'s security, in return for Armenia giving up its bid to join the EU.',
  ], 'ARM DEMAND other');
});

test('another party\'s act after "in return for" is still asked of it', () => {
  assertIncludes([
    ['Serbia offered to recognise Kosovo\'s documents in return for Kosovo dropping its bid to join the Council of Europe.', 'SRB DEMAND alliance []'],
    ['Russia proposed a ceasefire in exchange for Ukraine giving up its bid to join NATO.', 'RUS DEMAND alliance []'],
  ]);
});
