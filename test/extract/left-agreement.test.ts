// Leaving an agreement is not giving up land (trigger/left-agreement): a modal + a verb of withdrawing whose object
// after "of"/"from" is a noun of an agreement or a process ("might pull out of the arrangement", "would pull out of
// the truce", "could withdraw from the Brussels agreement") offers no withdrawal of forces. A place after the verb
// ("might pull out of Kherson", "would withdraw from Gaza under the deal") still does. Sentences written for these
// tests, with other parties and places than the corpora.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { assertIncludes, claimsOf, label } from './helpers.js';

test('a modal withdrawal from a deal, a truce or a process offers no territory', () => {
  for (const body of [
    'Russia might pull out of the arrangement if its demands were not met, the Kremlin said.',
    'Moscow said it would withdraw from the grain deal unless sanctions were eased.',
    'Eritrea would pull out of the truce if Ethiopia attacked, Asmara said.',
    'Serbia could withdraw from the Brussels agreement, Vucic said.',
    'Azerbaijan may pull out of the US-brokered peace process with Armenia, Aliyev said.',
    'Hamas said it could walk away from the ceasefire deal in Gaza.',
    'Armenia will withdraw from the existing treaty with Azerbaijan, Pashinyan said.',
  ]) {
    const got = claimsOf(body).map(label);
    assert.ok(!got.some((l) => / OFFER territory /.test(l)), `${body}\n${got.join('\n')}`);
    assert.ok(!got.some((l) => / OFFER /.test(l)), `${body}\n${got.join('\n')}`);
  }
});

test('a modal withdrawal from a place still offers territory', () => {
  assertIncludes([
    ['Russia might pull out of Kherson, officials said.', 'RUS OFFER territory [UA-65]'],
    ['Armenia would withdraw from the border villages under the deal, Pashinyan said.', 'ARM OFFER territory []'],
    ['Russia would pull out of Kharkiv under the agreement, the Kremlin said.', 'RUS OFFER territory [UA-63]'],
  ]);
});
