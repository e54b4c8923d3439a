// A plan's provisions go on into a next paragraph that opens in the conditional (candidate/plan-points-paragraph),
// also when its subject is a list of names ("Crimea, Luhansk and Donetsk would be recognised …"): the commas of
// such a list are not the end of the paragraph's first clause. Articles written for this test, with other parties.
import { claimCases } from './helpers.js';

claimCases('a plan goes on in a paragraph opened by a list of names', [
  {
    body: [
      'The EU draft, drawn up by Brussels over several weeks, would have Serbia withdraw its special police from northern Kosovo.',
      '',
      'Zvecan, Zubin Potok and Leposavic would be demilitarised, while sanctions on Belgrade would be lifted in stages.',
    ].join('\n'),
    want: ['EU PROPOSE territory []', 'EU PROPOSE military_limits []', 'EU PROPOSE sanctions []'],
  },
  {
    body: [
      'The Qatari proposal, which was circulated in Doha on Monday, would have Armenia pull its troops back from the border villages.',
      '',
      'Syunik, Tavush and Gegharkunik would be demilitarised, while prisoners held by Baku would be released.',
    ].join('\n'),
    want: ['QAT PROPOSE territory []', 'QAT PROPOSE military_limits []', 'QAT PROPOSE humanitarian []'],
  },
  // A list of names that reacts to the plan is the named parties' own stance, not the plan's content.
  {
    body: [
      'The Turkish plan, drafted by Ankara\'s envoy, would have Armenia withdraw its troops from the border villages.',
      '',
      'Paris, Washington and Tehran would never accept such terms.',
    ].join('\n'),
    want: ['TUR PROPOSE territory []', 'FRA REJECT talks []', 'USA REJECT talks []', 'IRN REJECT talks []'],
  },
  // With no plan before it, a conditional paragraph opened by names is no plan's provision.
  {
    body: [
      'Fighting went on along the border on Tuesday.',
      '',
      'Syunik, Tavush and Gegharkunik would be monitored by an international mission.',
    ].join('\n'),
    want: [],
  },
]);
