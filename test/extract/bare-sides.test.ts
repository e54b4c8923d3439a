// "The sides" and "the delegations" alone stand for the two parties at the table (discourse/both-sides 'bare'):
// the pair named together at a meeting before, the two parties named earlier in their own sentence, else the
// lexicon's principal pair; one claim each (spec §3 rule 8). Followed by "of", "on" or "in" they name others.
// Sentences written for these tests, with other parties and places than the corpora.
import { test } from 'node:test';
import { claimCases, assertNone } from './helpers.js';

claimCases('bare "the sides" and "the delegations"', [
  { body: 'Armenian and Azerbaijani negotiators met in Abu Dhabi on Monday. The sides agreed to exchange 40 detainees each.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
  { body: 'Serbian and Kosovar officials held talks in Brussels. The delegations agreed to meet again in the autumn.', want: ['SRB ACCEPT talks []', 'XKX ACCEPT talks []'] },
  { body: '12 May 2025 — At the second round in Geneva, the delegations agree to exchange 500 prisoners for 500.', want: ['RUS ACCEPT humanitarian []', 'UKR ACCEPT humanitarian []'] },
  { body: 'Aliyev answered Pashinyan\'s letter on the detainees within a week, and the sides agreed to a swap of 30 for 30.', want: ['AZE ACCEPT humanitarian []', 'ARM ACCEPT humanitarian []'] },
], (c) => c.type === 'ACCEPT');

test('"the sides of", "the delegations of", "the sides in" name others or a place', () => {
  assertNone([
    'The delegations of France and Germany agreed to the agenda of the summit.',
    'Monitors on the sides of the border agreed to exchange data.',
  ], 'RUS ');
});

// The place of the talks is no side, a pair named as the agents of mediating is not the pair at the table, and a
// second phrase in the sentence names the pair the first did (discourse/both-sides 'venueWords', 'agentWords').
claimCases('"the two sides" past a venue, a mediating pair and a first phrase', [
  { body: 'Armenian and Azerbaijani negotiators held talks in Paris last week. After separate talks with both delegations in Doha, the State Department announced on Monday that the two sides had agreed to a prisoner exchange.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
  { body: 'Armenia and Azerbaijan held talks in Geneva, mediated by France and the United States. The two sides agreed to a prisoner exchange.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
  // Near shapes that keep their pair: the mediators as subjects, and the pair with its meeting in the same sentence.
  { body: 'France and the United States hosted talks between Armenia and Azerbaijan in Geneva. The two sides agreed to a prisoner exchange.', want: ['ARM ACCEPT humanitarian []', 'AZE ACCEPT humanitarian []'] },
  { body: 'Serbia and Kosovo met in Brussels, and the two sides agreed to a prisoner exchange.', want: ['SRB ACCEPT humanitarian []', 'XKX ACCEPT humanitarian []'] },
], (c) => c.type === 'ACCEPT');
