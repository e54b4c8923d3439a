// A stance whose object is a short verb phrase ending in "it" or "them" ("ready to be part of them", "would not give
// them back", "wants all of them back") is about the nearest earlier issue term or place of the same number, in its
// sentence or the sentence before in the same paragraph (content/complement-pronoun). Sentences written for this test,
// about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a verb phrase ending in "them" or "it": the nearest earlier term of the same number', () => {
  assertIncludes([
    ['The mediators said Armenia and Azerbaijan could receive joint security guarantees. Paris said it was ready to be part of them.', 'FRA OFFER security_guarantees []'],
    ['Qatar said the two sides had discussed new security guarantees for Gaza, and that Egypt would have to take the lead in providing them.', 'QAT DEMAND security_guarantees []'],
    ['Serbia still holds dozens of Kosovo Albanian detainees. Pristina wants all of them back.', 'XKX DEMAND humanitarian []'],
    ['"A demilitarised zone along the border — we are ready to go for it," the Eritrean president said.', 'ERI OFFER military_limits []'],
  ]);
});

test('a pronoun with a particle after the cue, standing for places named before: territory with their regions', () => {
  assertIncludes([
    ['Peskov said the Kherson and Zaporizhzhia regions had become part of Russia. Russia would not give them back, he said.', 'RUS REJECT territory [UA-23,UA-65]'],
  ]);
});

test('negatives: a pronoun of another number, a partner after a preposition, a verb phrase that names its own object', () => {
  assertNone([
    // "it" cannot stand for the plural guarantees, nor "them" for the singular truce.
    'The mediators said Armenia could receive security guarantees. Paris said it was ready to be part of it.',
    'Baku proposed a truce along the border. Yerevan said it was ready to think about them.',
    // "them" after "with" is a partner.
    'Security guarantees were discussed in Paris. Yerevan said it was ready to sign a deal with them.',
    // Nothing named before.
    'The ministers met in Geneva on Tuesday. Belgrade said it was ready to be part of them.',
  ], /^(FRA|ARM|AZE) (OFFER|ACCEPT) (security_guarantees|ceasefire)/);
  assertNone([
    'The ministers met in Geneva on Tuesday. Belgrade said it was ready to be part of them.',
  ], /^SRB OFFER/);
});
