// A commitment to a principle of international law affirms a norm and promises no step of the holder's own
// (trigger/committed-principle): "reaffirm their commitment to the territorial integrity of all states" is no OFFER,
// while a commitment to an act or a thing still binds. Sentences written for this test, about disputes other than
// the corpus's.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a commitment to a principle: no offer', () => {
  assertNone([
    'The signatories also reaffirm their commitment to the territorial integrity of all states, including Armenia.',
    'Belgrade reiterated its commitment to the "sovereignty and independence" of its neighbours.',
    'Eritrea said it remained committed to the UN Charter and to good relations with Ethiopia.',
    'The text restates the participants\' commitment to the sovereignty of Kosovo and Serbia alike.',
    'Both governments said they were committed to the principles of the Helsinki Final Act.',
  ], / OFFER /);
});

test('a commitment to an act or a thing: still an offer', () => {
  assertIncludes([
    ['Ethiopia reaffirmed its commitment to a ceasefire in Tigray.', 'ETH OFFER ceasefire []'],
    ['Britain made a commitment to send troops to Kosovo after a settlement.', 'GBR OFFER security_guarantees []'],
    ['Serbia pledged to respect the truce along the administrative line.', 'SRB OFFER ceasefire []'],
    ['Israel committed to a pause in the fighting in Gaza during the hostage exchange.', 'ISR OFFER ceasefire []'],
  ]);
});
