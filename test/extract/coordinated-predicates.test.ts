// Issue lists coordinated inside one stance (content/coordinated-predicates, content/scope's "as well as"): two issue
// predicates joined by "and" are two items, and "as well as" goes on listing past a possessive. Sentences written for
// this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('coordinated issue predicates are one item each', [
  { body: 'Baku demanded that Armenia be demilitarised and denazified.', want: ['AZE DEMAND military_limits []', 'AZE DEMAND governance []'] },
  { body: 'Belgrade has demanded that Kosovo be "demilitarized" and "denazified," the Serbian president said.', want: ['SRB DEMAND military_limits []', 'SRB DEMAND governance []'] },
  // (A head after the coordinated term still takes both modifiers: one zone.)
  { body: 'Yerevan proposed turning the border strip into a demilitarised or "free economic" zone.', want: ['ARM PROPOSE territory []'] },
  // (One predicate alone keeps its issue.)
  { body: 'Baku demanded that Armenia be demilitarised.', want: ['AZE DEMAND military_limits []'] },
]);

claimCases('"as well as" lists past a possessive', [
  { body: 'Baku said a final settlement should enshrine Armenia\'s non-nuclear status as well as its denazification.', want: ['AZE DEMAND military_limits []', 'AZE DEMAND governance []'] },
  { body: 'Asmara said any accord must include Ethiopia\'s recognition of the border as well as its demilitarisation.', want: ['ERI DEMAND recognition []', 'ERI DEMAND military_limits []'] },
  // ("as" before a party that opens a clause still ends the content.)
  { body: 'Khartoum called for a ceasefire as Kenyan mediators arrived in Jeddah.', want: ['SDN DEMAND ceasefire []'] },
]);
