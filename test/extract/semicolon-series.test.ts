// A series of noun phrases parted by semicolons and closed by "; and" (or "; or") after a stance's object is a list
// of what the stance asks even with no colon before it (content/semicolon-items 'seriesClosers'); the semicolons of
// clauses with verbs of their own still end the content. Passages written for these tests, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a semicolon series closed by "and" lists what the stance asks (content/semicolon-items)', [
  { body: 'Eritrea demanded the withdrawal of Ethiopian troops from Badme; the release of all prisoners of war, including the wounded; and talks in Algiers.', want: ['ERI DEMAND humanitarian []', 'ERI DEMAND talks []', 'ERI DEMAND territory []'] },
  { body: 'Azerbaijan demands the withdrawal of Armenian troops from Karabakh; the lifting of sanctions on Baku; and the neutrality of Armenia outside NATO.', want: ['AZE DEMAND alliance []', 'AZE DEMAND sanctions []', 'AZE DEMAND territory []'] },
  // "or" closes a series too.
  { body: 'Serbia will accept a ceasefire in the north; an exchange of all detainees; or a new round of talks in Brussels.', want: ['SRB ACCEPT ceasefire []', 'SRB ACCEPT humanitarian []', 'SRB ACCEPT talks []'] },
]);

claimCases('semicolons before a clause of its own still end the content', [
  // A verb after a semicolon: the second piece is a clause, not an item.
  { body: 'Azerbaijan demands the withdrawal of Armenian troops from Karabakh; the lifting of sanctions was discussed; and Armenia\'s neutrality was not.', want: ['AZE DEMAND territory []'] },
  // No closing "and": two clauses, not a series.
  { body: 'Eritrea demanded the withdrawal of Ethiopian troops from Badme; the release of prisoners of war in Algiers.', want: ['ERI DEMAND territory []'] },
  // A verb of saying in the last piece.
  { body: 'Eritrea demanded the withdrawal of Ethiopian troops from Badme; the sanctions on Asmara; and talks, the mediators said, could wait.', want: ['ERI DEMAND territory []'] },
]);
