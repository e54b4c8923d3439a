// A bullet under a party's heading or its document's factbox that states, in the plain present and with no stance word
// or modal, what a party does ("- Option two: Armenia halts mobilisation …; Yerevan lifts martial law …") is a term of
// that list written as a clause (content/plain-clause-item): the heading's party holds it, like a bare noun phrase.
// Sentences written for this test, about disputes other than the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

const FACTBOX = 'The two delegations met in Istanbul on Monday.\n\nFACTBOX: THE AZERBAIJANI MEMORANDUM\nPublished by state media on Monday evening.\n';
const SECTION = 'Talks resumed in Vienna on Tuesday.\n\nWhat Belgrade wants\n';

test('a plain present clause under a document heading or a party section: an item of the list', () => {
  assertIncludes([
    [`${FACTBOX}- Option one: a full withdrawal of Armenian forces from the border villages.\n- Option two: Armenia halts mobilisation and begins demobilisation; Yerevan lifts martial law and holds elections within 100 days.`, 'AZE PROPOSE governance []'],
    [`${FACTBOX}- Option one: a full withdrawal of Armenian forces from the border villages.\n- Option two: Armenia halts mobilisation and begins demobilisation; Yerevan lifts martial law and holds elections within 100 days.`, 'AZE PROPOSE military_limits []'],
    [`${FACTBOX}- Armenia stops all arms purchases from abroad.\n- Recognition of the border as drawn in 1991.`, 'AZE PROPOSE military_limits []'],
    [`${SECTION}- Recognition of Serbia's sovereignty over the north.\n- Kosovo withdraws its special police from the northern municipalities.`, 'SRB DEMAND territory []'],
  ]);
});

test('a bullet with a stance word or a modal stays a sentence of its own', () => {
  // ("Armenia would not join any bloc" is read with its own subject: no Azerbaijani proposal on the alliance.)
  assertNone([`${FACTBOX}- Option one: a full withdrawal of Armenian forces from the border villages.\n- Armenia would not join any military bloc.`], /^AZE \w+ alliance/);
  // ("Kosovo rejects …": the bullet's own subject holds its stance, not the heading's party.)
  assertNone([`${SECTION}- Recognition of Serbia's sovereignty over the north.\n- Kosovo rejects any role for Belgrade in the north.`], /^SRB \w+ territory/);
  // (No heading: a plain clause in a bullet list of events is no one's stance.)
  assertNone(['What happened on Monday:\n- Armenia halts mobilisation in two regions.\n- Prices rise in Yerevan.'], /military_limits/);
});
