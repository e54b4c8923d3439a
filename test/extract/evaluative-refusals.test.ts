// Judging a proposal or a measure worthless, useless, unjustified, unreasonable or unfair, or dead on arrival, refuses
// it as "unacceptable" does (cues.json reject-predicate); an evaluative adjective coordinated with others before a
// noun describes the noun (trigger/attributive-predicate): "this unjust and unprovoked invasion" refuses nothing.
// Sentences written for these tests, on other disputes.
import { test } from 'node:test';
import { claimCases, assertNone } from './helpers.js';

claimCases('evaluative refusals', [
  { body: 'Aliyev called the Armenian peace proposal worthless.', want: ['AZE REJECT talks []'] },
  { body: 'Beijing called the new tariffs unfair, unjustified and unreasonable.', want: ['CHN REJECT sanctions []'] },
  { body: 'Caracas described the oil sanctions as unjust and useless.', want: ['VEN REJECT sanctions []'] },
  { body: 'Belgrade said the Franco-German plan was dead on arrival.', want: ['SRB REJECT talks []'] },
  { body: 'Yerevan said the demand to change its constitution was unreasonable.', want: ['ARM REJECT governance []'] },
  // Coordinated predicates still refuse: the sentence or a verb follows them.
  { body: 'Kyiv called the plan unacceptable and unrealistic.', want: ['UKR REJECT talks []'] },
]);

test('negatives: evaluative adjectives coordinated before a noun describe it', () => {
  assertNone([
    'Stoltenberg said thousands had been killed in this unjust and unprovoked invasion.',
    'The leaders vowed to stand together against Russia\'s illegal, unjustifiable, and unprovoked war of aggression.',
    'Seoul said the unjustified and reckless missile launch had raised tensions.',
    'The court said the useless, costly and unfair procedure would be scrapped.',
  ], ' REJECT ');
});
