// Reparations and compensation for war damage are no sanctions (spec §2: sanctions are sanctions, tariffs, relief and
// frozen assets): a stance on them is a claim on another issue, "other" (issue 7, issue gate). A loan drawn on frozen
// assets stays sanctions. Sentences written for this test, with other parties and places than the corpora.
import { claimCases } from './helpers.js';

claimCases('reparations are no sanctions', [
  { body: 'Aliyev demands reparations from Armenia for the destroyed villages.', want: ['AZE DEMAND other []'] },
  { body: 'Baku insisted on compensation for war damage in Karabakh.', want: ['AZE DEMAND other []'] },
]);

claimCases('frozen assets are', [
  { body: 'Tbilisi demanded that the frozen Russian assets be used for its reconstruction.', want: ['GEO DEMAND sanctions []'] },
]);
