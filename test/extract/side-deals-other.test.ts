// Economic deals and military channels between two parties are no term of the settlement (issues.json other):
// a deal on a country's mineral resources or rare earths, restoring military-to-military contacts, a dialogue on
// strategic stability. The generic "deal" or "dialogue" made them talks. Sentences written for these tests.
import { test } from 'node:test';
import { assertIncludes, assertNone } from './helpers.js';

test('a minerals deal or a military channel is issue other, not the talks', () => {
  assertIncludes([
    ['Pashinyan said Armenia and the United States had agreed on the terms of a deal on the joint development of Armenia\'s mineral resources.', 'ARM ACCEPT other []'],
    ['Aliyev said Azerbaijan and Russia had agreed to restore high-level military-to-military contacts.', 'AZE ACCEPT other []'],
  ]);
  assertNone([
    'Pashinyan said Armenia and the United States had agreed on the terms of a deal on the joint development of Armenia\'s mineral resources.',
    'Aliyev said Azerbaijan and Russia had agreed to restore high-level military-to-military contacts.',
    'Vucic said Serbia was ready for a dialogue with the United States on strategic stability.',
  ], / talks /);
});

test('the talks themselves stay talks', () => {
  assertIncludes([
    ['Aliyev said Azerbaijan was ready to resume peace talks with Armenia.', 'AZE OFFER talks []'],
  ]);
});
