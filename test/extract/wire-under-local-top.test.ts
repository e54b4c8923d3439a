// A local paper running a wire story under a few paragraphs of its own: a wire dateline that opens a later paragraph
// starts the wire's copy, and the claims from there on are on the wire's word (discourse/wire-under-local-top); the
// local top stays the publisher's, and in a feed of items each dateline starts its own. Paragraphs written for this
// test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertOutlets } from './helpers.js';

const TOP = 'GYUMRI — Traders at the covered market were watching the news from the border on Tuesday morning, and most said they expected little change before the harvest.\n\nArmenia will not change its constitution under pressure, the town\'s deputy said on Tuesday.\n\nLocal traders were calm.\n\nPrices were steady.\n\nThe following report is from Reuters.\n\n';
const HERALD = { published: '2025-03-12', outlet: 'Gyumri Valley Herald' };

test('a wire dateline under a local top: the wire\'s copy from there on, the top the publisher\'s', () => {
  assertOutlets(`${TOP}YEREVAN/BAKU, March 11 (Reuters) - Azerbaijan demanded on Monday that Armenia withdraw its troops from the border.\n\nThe talks were held in Baku.\n\nAzerbaijan also demanded that Armenia release all Azerbaijani prisoners.`,
    [['AZE DEMAND territory []', 'Reuters'], ['AZE DEMAND humanitarian []', 'Reuters'], ['ARM REJECT governance []', 'Gyumri Valley Herald']], HERALD);
  assertOutlets(`${TOP}BELGRADE (AFP) — Serbia said on Monday it would never recognise Kosovo's independence.`,
    [['SRB REJECT recognition []', 'AFP']], HERALD);
});

test('a feed of items: each dateline starts its own, the publisher\'s initials its own item', () => {
  assertOutlets(`${TOP}BELGRADE (AFP) — Serbia said on Monday it would talk to Pristina.\n\nIt would never recognise Kosovo's independence, Serbia said.\n\nYEREVAN, March 11 (GVH) — Officials met in Yerevan.\n\nAzerbaijan demanded that Armenia withdraw its troops from the border.`,
    [['SRB REJECT recognition []', 'AFP'], ['AZE DEMAND territory []', 'Gyumri Valley Herald']], HERALD);
});
