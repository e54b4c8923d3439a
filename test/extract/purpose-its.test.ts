// An "its" inside a purpose infinitive belongs to the sentence-opening party subject that controls the infinitive,
// however far the infinitive stands from it (holder/possessor 'purpose'): "Moscow has used that phrase for three years
// to refer to its demands that Ukraine abandon its NATO ambitions" is Russia's demand. A thing named before the "its"
// with no infinitive between ("criticised the draft treaty over its demands") may be what "its" stands for, and another
// party between leaves "its" ambiguous: neither gives the subject the noun. Sentences written for this test.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('an "its" inside a purpose infinitive is the sentence subject\'s', () => {
  assertIncludes([
    ['Belgrade has used that phrase for years to refer to its demands that Kosovo give up its claim to UN membership.', 'SRB DEMAND territory []'],
    ['Israel has used the ceasefire talks for weeks to restate its demand that Hamas disarm.', 'ISR DEMAND military_limits []'],
    ['Baku has spent months in quiet diplomacy to push its demand that Yerevan change its constitution.', 'AZE DEMAND governance []'],
  ]);
});

test('no purpose infinitive, or another party between: the subject does not take the "its"', () => {
  // The draft treaty may be what "its" stands for.
  assertNone(['Azerbaijan has for months criticised the draft treaty over its demands that Armenia change its constitution.'], 'AZE DEMAND');
  assertNone(['Serbia has long criticised the draft over its demand that Kosovo recognise the Serb municipalities.'], 'SRB DEMAND');
  // Another party between the subject and "its".
  assertNone(['Belgrade has used that phrase for years in talks with Pristina to refer to its demands that Kosovo give up its claim to UN membership.'], 'SRB DEMAND');
  // "to" before a determiner is a preposition, not an infinitive.
  assertNone(['Addis Ababa has objected for months to the treaty and to its demands that Ethiopia withdraw from the border.'], 'ETH DEMAND');
});
