// A side that says it will revise, harden or toughen its position, terms or demands warns of worse terms to come
// (cues.json "hardened-terms", THREATEN talks), as "the conditions would be different next time" does. Negatives: a
// change reported in the past, and a position revised by someone else's hand. Sentences written for this test.
import { claimCases, assertNone } from './helpers.js';

claimCases('will revise / harden / toughen its position or terms: a threat on the talks', [
  { body: 'Aliyev said Azerbaijan would revise its negotiating position after the attack.', want: ['AZE THREATEN talks []'] },
  { body: 'Vucic warned that Serbia will harden its stance in the Brussels talks.', want: ['SRB THREATEN talks []'] },
  { body: 'Eritrea said it could toughen its terms if Addis Ababa kept stalling.', want: ['ERI DEMAND other []', 'ERI THREATEN talks []'] },
]);

assertNone([
  'Azerbaijan revised its negotiating position last year, diplomats said.',
  'Analysts said the Serbian government had hardened its stance since 2023.',
], / THREATEN /);
