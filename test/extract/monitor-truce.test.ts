// Monitoring any truce is a security arrangement (issues.json security_guarantees): "the coalition stood ready to
// monitor any truce" offers a monitoring force, not a ceasefire of its own, as "monitor the truce" already does.
// Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('monitoring any truce is a security guarantee', [
  { body: 'Macron said France stood ready to monitor any truce between Armenia and Azerbaijan.', want: ['FRA OFFER security_guarantees []'] },
  { body: 'Norway is willing to monitor a truce in Sudan, its foreign minister said.', want: ['NOR OFFER security_guarantees []'] },
]);

claimCases('a truce named without monitoring keeps its issue', [
  { body: 'Macron said France stood ready to support any truce between Armenia and Azerbaijan.', want: [] },
], (c) => c.issue === 'security_guarantees');
