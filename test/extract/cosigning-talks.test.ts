// Refusing (or offering) to put one's name or signature next to the other side's is a stance on the format of the
// talks, who signs with whom, not on what the text is about (the talks frame of issues.json on 'name'/'signature'
// followed by 'alongside', 'beside', 'next'). A name put to a text with no such word keeps the text's issue; 'same' is
// no such word ("all of whom put their names to the same ultimatum" are allies signing with each other).
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a refusal to sign next to the other side is a refusal of the talks', () => {
  assertIncludes([
    ['Armenia refused to put its signature on any text alongside Azerbaijan.', 'ARM REJECT talks []'],
    ["Kosovo's government said Pristina would not put its name to any text alongside Belgrade.", 'XKX REJECT talks []'],
    ["Eritrea's foreign minister said Asmara would never put its name next to Ethiopia's on the border accord.", 'ERI REJECT talks []'],
    ['Kyiv had refused to put its name next to Moscow\'s, and instead signed a mirror agreement on the grain corridor with Turkey and the UN.', 'UKR REJECT talks []'],
  ]);
});

test('an offer to sign beside the other side is an offer on the talks', () => {
  assertIncludes([
    ["Israel's negotiators were ready to put their names beside those of the Palestinian Authority.", 'ISR OFFER talks []'],
  ]);
});

test('no refusal of anything else, and no talks without a word of standing beside', () => {
  assertNone(['Armenia refused to put its signature on any text alongside Azerbaijan.', 'Kyiv had refused to put its name next to Moscow\'s, and instead signed a mirror agreement on the grain corridor with Turkey and the UN.'], /^(ARM|UKR) REJECT (other|ceasefire)/);
  assertNone(['Armenia refused to put its name to the border demarcation protocol.'], /^ARM REJECT talks/);
  assertNone(['Serbia said it would sign the accord next week and name the same envoy.'], /talks/);
  assertNone(['Macron, beside Merz and Starmer, all of whom put their names to the same ultimatum, demanded a thirty-day ceasefire.'], /talks/);
});
