// "support" and "backing" as nouns are no acceptance (trigger/noun-modifier): after a preposition ("a lack of
// support"), or after a party named as a modifier behind a preposition or determiner ("with US support"). The verb
// after a party subject still accepts. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a noun of support accepts nothing', [
  { body: 'The leaders said the lack of a membership timetable for Georgia did not mean a lack of support.', want: [] },
  { body: 'Vance said Kyiv was ungrateful for U.S. support.', want: [] },
  { body: 'Serbia has the backing of Russia on Kosovo.', want: [] },
  { body: 'Egypt said the monitors would deploy along the Gaza border with American backing.', want: [] },
]);

claimCases('the verb after a party subject still accepts', [
  { body: 'Britain and the US support the plan.', want: ['GBR ACCEPT talks []', 'USA ACCEPT talks []'] },
  { body: 'Turkey said it would support the ceasefire proposal.', want: ['TUR ACCEPT ceasefire []'] },
  { body: 'Armenia and France support the EU peace plan.', want: ['ARM ACCEPT talks []', 'FRA ACCEPT talks []', 'EU PROPOSE talks []'] },
  { body: 'Qatar backed the truce between Israel and Hamas.', want: ['QAT ACCEPT ceasefire []'] },
]);

// A noun of support that ends its clause answers no earlier stance (no content/bare-answer); the verb still does.
const PROPOSED = 'Azerbaijan proposed a ceasefire along the border on Monday. ';
claimCases('"support"/"backing" ending its clause with no verbal word before it is the noun', [
  { body: `${PROPOSED}The text was trimmed to win broader support.`, want: ['AZE PROPOSE ceasefire []'] },
  { body: `${PROPOSED}Yerevan would otherwise lose Russian support.`, want: ['AZE PROPOSE ceasefire []'] },
  { body: `${PROPOSED}Pashinyan thanked the leaders for what he called "significant support".`, want: ['AZE PROPOSE ceasefire []'] },
  { body: `${PROPOSED}Any monitoring mission would need strong EU backing.`, want: ['AZE PROPOSE ceasefire []'] },
]);

claimCases('the verb, or a verb stating the noun, still answers the last stance', [
  { body: `${PROPOSED}Armenia said it would support.`, want: ['AZE PROPOSE ceasefire []', 'ARM ACCEPT ceasefire []'] },
  { body: `${PROPOSED}Armenia voiced support.`, want: ['AZE PROPOSE ceasefire []', 'ARM ACCEPT ceasefire []'] },
]);
