// A threat named by its noun with its step after it ("his threat of secondary tariffs", "Budapest's threat to veto
// the package") is its possessor's THREATEN (cue threat-noun); not abandoning it keeps it ("did not withdraw his
// threat of …", trigger/negation abandonVerbs). A "threat of" with no party holding it is a danger, not a stance.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a possessed threat noun is its possessor\'s threat', () => {
  assertIncludes([
    ["Washington renewed its threat of sanctions against Belgrade if the barricades stayed.", 'USA THREATEN sanctions []'],
    ["Budapest's threat to veto the sanctions package alarmed the other capitals.", 'HUN THREATEN sanctions []'],
    ['Biden did not withdraw his threat of tariffs on countries that buy Iranian oil if Tehran does not agree to a ceasefire by Friday.', 'USA THREATEN sanctions []'],
  ]);
});

test('not withdrawing a threat keeps it; a threat with no holder is a danger', () => {
  assertIncludes([
    ['Biden did not withdraw his threat of tariffs on countries that buy Iranian oil if Tehran does not agree to a ceasefire by Friday.', 'USA DEMAND ceasefire []'],
  ]);
  assertNone([
    'The threat of a wider war in the Caucasus is real, Guterres said.',
    'Analysts said the threat of new sanctions on Serbia would weigh on markets.',
  ], ' THREATEN ');
});
