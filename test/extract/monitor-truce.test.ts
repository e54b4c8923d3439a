// Monitoring a truce is about the truce (issues.json: the monitoring phrases left security_guarantees in the
// forty-second session, as the tuning sets' gold reads them, 16 of 22): "Oslo stood ready to contribute to monitoring
// a ceasefire" is NOR OFFER ceasefire. Monitors, observers and a monitoring mission or force stay security guarantees.
// Sentences written for this test, with parties and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('monitoring any truce is about the truce', [
  { body: 'Macron said France stood ready to monitor any truce between Armenia and Azerbaijan.', want: ['FRA OFFER ceasefire []'] },
  { body: 'Norway is willing to monitor a truce in Sudan, its foreign minister said.', want: ['NOR OFFER ceasefire []'] },
]);

claimCases('monitors and a monitoring mission stay security guarantees', [
  { body: 'Egypt would contemplate sending observers to monitor the truce in Gaza, its foreign minister said.', want: ['EGY OFFER security_guarantees []'] },
  { body: 'Azerbaijan stressed the need for a ceasefire monitoring mission.', want: ['AZE DEMAND security_guarantees []'] },
]);

claimCases('a truce named without monitoring keeps its issue', [
  { body: 'Macron said France stood ready to support any truce between Armenia and Azerbaijan.', want: [] },
], (c) => c.issue === 'security_guarantees');
