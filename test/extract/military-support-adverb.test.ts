// Supporting, helping or arming a party "militarily" is military support, an arms-supply issue (issues.json
// military_limits frame on "militarily"). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a verb of support with "militarily" is about arms supplies', [
  { body: 'Paris will keep helping Yerevan militarily, Macron said on Monday.', want: ['FRA OFFER military_limits []'] },
  { body: 'Washington said it would not stop supporting Taiwan militarily.', want: ['USA REJECT military_limits []'] },
  { body: 'Beijing demanded that Washington stop backing Taipei militarily.', want: ['CHN DEMAND military_limits []'] },
]);

claimCases('"militarily" with a verb of achieving or contributing names no arms supply', [
  { body: 'Kyiv said Russia could not achieve its aims militarily.', want: [] },
  { body: 'Rome said it was ready to contribute militarily, but only under a UN mandate.', want: [] },
]);
