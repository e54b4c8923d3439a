// holder/possessor: "its" before a stance noun holds it when the subject right before is a pronoun "it" that stands
// for the same party ("it would only return once its demands … were met"), as when the party is named there
// ("Britain renewed its offer"). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('its demands after a subject "it" of the same party', [
  { body: 'Serbia said last month that it was pulling out of the police agreement and that it would only return once its demands over the release of its detained officers were met.', want: ['SRB DEMAND humanitarian []', 'SRB OFFER humanitarian []'] },
  // (Paraphrase with the party named as the subject.)
  { body: 'Serbia said that Belgrade would only return once its demands over the release of its detained officers were met.', want: ['SRB DEMAND humanitarian []', 'SRB OFFER humanitarian []'] },
  // (An "it" that is a thing holds nothing: "the agreement ... its terms".)
  { body: 'The police agreement collapsed last month because its terms on the release of detained officers were never met.', want: [] },
]);
