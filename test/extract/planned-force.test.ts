// Plans for a force (cues.json planned-force, the preparing-force family): a party working on or drawing up plans to
// send or deploy troops, monitors or a mission offers them ("are working on plans to deploy troops to Ukraine after
// any ceasefire"); having no plans to do something refuses it (the reject cue: "had no plans to send troops").
// Not bare 'plan(s) to', mostly a noun ("a compromise plan to block oil imports").
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('plans to send a force offer it', () => {
  assertIncludes([
    ['Turkey and Qatar are working on plans to deploy monitors to Gaza after any truce.', 'TUR OFFER security_guarantees []'],
    ['Paris has drawn up plans to deploy troops to Armenia after a peace deal, officials said.', 'FRA OFFER security_guarantees []'],
    ['Egypt is planning to send peacekeepers to Sudan once a ceasefire holds.', 'EGY OFFER security_guarantees []'],
  ]);
});

test('no plans to do something refuses it', () => {
  assertIncludes([
    ['Washington said it had no plans to send American troops to Armenia.', 'USA REJECT security_guarantees []'],
    ['Belgrade has no plans to recognise Kosovo, Vucic said.', 'SRB REJECT recognition []'],
  ]);
});

test('a plan to strike, or a plan as a noun, offers no force', () => {
  assertNone([
    'Israel is planning to expand its operation in Gaza.',
    'Baku is working on plans to hold a referendum on the border.',
  ], ' OFFER security_guarantees');
});
