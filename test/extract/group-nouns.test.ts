// "The leaders agreed …", "the ministers called for …": a definite group noun refers back to the group, or the
// coordinated parties, named last — never to a single party (discourse/group-nouns, issue 7 "pronouns and
// group nouns"). And starving a party of goods is a sanction. Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('definite group nouns', [
  {
    body: 'The Baltic states issued a joint statement in Riga on Monday. The leaders called for new sanctions on Belarus.',
    want: ['EST DEMAND sanctions []', 'LTU DEMAND sanctions []', 'LVA DEMAND sanctions []'],
  },
  {
    body: 'Poland and Romania met in Bucharest on Monday. The ministers called for new sanctions on Belarus.',
    want: ['POL DEMAND sanctions []', 'ROU DEMAND sanctions []'],
  },
  // One party named last is no group.
  {
    body: 'Turkey hosted the talks on Monday. The leaders called for new sanctions on Belarus.',
    want: [],
  },
  // "the leaders of …" names its own group.
  {
    body: 'Poland and Romania met in Bucharest on Monday. The leaders of Latvia and Estonia called for new sanctions on Belarus.',
    want: ['EST DEMAND sanctions []', 'LVA DEMAND sanctions []'],
  },
]);

claimCases('starving a party of goods', [
  { body: 'The EU said it would starve Belarus of European machinery and chips.', want: ['EU THREATEN sanctions []'] },
  { body: 'Washington vowed to deprive Tehran of oil revenue.', want: ['USA THREATEN sanctions []'] },
]);

// "The president proposed …" after "Kenyan President William Ruto": a definite person role refers back to the
// last mention carrying that role word (discourse/definite-roles); "the president of …" is a new description.
claimCases('definite person roles', [
  {
    body: 'Kenyan President William Ruto visited Kyiv on Monday. Fighting continued in the east. The German chancellor called for talks. The president proposed a ceasefire.',
    want: ['DEU PROPOSE talks []', 'KEN PROPOSE ceasefire []'],
  },
  {
    body: 'UN Secretary-General Antonio Guterres visited Baku. The Secretary-General has proposed the establishment of a humanitarian contact group.',
    want: ['UN PROPOSE humanitarian []'],
  },
  // No earlier president: the role holds nothing.
  { body: 'Fighting continued in the east. The president proposed a ceasefire.', want: [] },
]);
