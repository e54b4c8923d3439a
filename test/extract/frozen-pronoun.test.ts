// Assets referred to by a pronoun and kept frozen are the frozen assets (issues.json sanctions frame: 'frozen' or
// 'immobilised' next to 'them'): "… said the EU should keep them frozen until Serbia pays" is a demand on sanctions.
// Not 'frozen' alone: a frozen front or conflict is a ceasefire, and 'frozen' far from the pronoun names nothing.
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('assets kept frozen, by a pronoun, are the frozen assets', [
  { body: 'Croatian President Zoran Milanovic said Zagreb supported using the assets and that the EU should keep them frozen until Serbia compensates Kosovo in full.', want: ['HRV ACCEPT sanctions []', 'HRV DEMAND sanctions []'] },
  { body: 'Kurti said the EU must keep them immobilised.', want: ['XKX DEMAND sanctions []'] },
]);

claimCases('a frozen front is no sanctions', [
  { body: 'Aliyev said Azerbaijan was ready to keep the front frozen.', want: ['AZE OFFER ceasefire []'] },
]);
