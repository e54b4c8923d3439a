// A party naming another's stance with a noun of condemnation refuses it (issue 7, holders round 5, family 3: "it"
// or "something" as the object of an evaluative verb): "Pristina called it an ultimatum" after Belgrade's demand
// is XKX REJECT on that demand's issue (candidate/named-judgement; the pronoun a verb of naming judges refers back,
// content/anaphoric-object); "something Beijing calls theft" refuses what the clause before it names. Sentences
// written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('naming a stance an ultimatum, theft or unacceptable refuses it', [
  { body: 'Belgrade demanded that Pristina withdraw its police from the north. Pristina called it an ultimatum.', want: ['SRB DEMAND territory []', 'XKX REJECT talks []'] },
  // (Named an ultimatum: the terms refused as a basis for talks, content/ultimatum-refused; other names keep the issue.)
  { body: 'Belgrade demanded that Pristina withdraw its police from the north. Pristina called it unacceptable.', want: ['SRB DEMAND territory []', 'XKX REJECT territory []'] },
  { body: 'Taipei wants the frozen assets returned, something Beijing calls theft.', want: ['TWN DEMAND sanctions []', 'CHN REJECT sanctions []'] },
]);

claimCases('no refusal when no party names it, the naming is denied, or "it" is no stance', [
  { body: 'Belgrade demanded that Pristina withdraw its police from the north. Analysts called it an ultimatum.', want: ['SRB DEMAND territory []'] },
  { body: 'Belgrade demanded that Pristina withdraw its police from the north. Pristina did not call it an ultimatum.', want: ['SRB DEMAND territory []'] },
  { body: 'Serbian forces shelled the village. Pristina called it a provocation.', want: [] },
]);

// (An indefinite name may go on with "of": "called the proposals an ultimatum of the kind …"; the noun that is itself the
// object, "called the ultimatum of Belgrade …", names nothing.)
claimCases('an indefinite name of condemnation followed by "of"', [
  { body: 'Belgrade set out its terms for the north on Monday. Kurti called the proposals an ultimatum of the kind Kosovo had rejected before.', want: ['XKX REJECT talks []'] },
  { body: 'Baku demanded that Armenia withdraw from the border villages. Pashinyan called it an act of blackmail of the worst sort.', want: ['AZE DEMAND territory []', 'ARM REJECT territory []'] },
]);
