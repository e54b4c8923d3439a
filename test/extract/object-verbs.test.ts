// A party right after a verb of visiting, hosting, phoning, pressing or persuading is that verb's object, never
// the holder of a stance that follows (issue 7, holders; roles.json objectMarkers). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('the object of a visit or a call holds nothing', [
  // On main, Kyiv and Putin were taken for the holders of the purpose clause.
  { body: 'The delegation visited Kyiv to propose a ceasefire.', want: [] },
  { body: 'The Qatari emir phoned Putin to propose a prisoner exchange.', want: ['QAT PROPOSE humanitarian []'] },
  { body: 'The Saudi envoy persuaded Belgrade to accept the talks in Riyadh.', want: ['SAU DEMAND talks []'] },
  // The subject still holds what follows the object.
  { body: 'Erdogan hosted Aliyev in Ankara and proposed a new round of talks.', want: ['TUR PROPOSE talks []'] },
]);
