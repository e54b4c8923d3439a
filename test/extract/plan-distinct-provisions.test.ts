// A plan's bullet items are distinct provisions (document/distinct-provisions): two items on the same issue are two
// claims of the plan's authors, not one restated; the sentences of one item, and the same point outside the list,
// still merge. Articles written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('distinct plan provisions', [
  {
    body: [
      'A 20-point settlement plan drafted by Qatar circulated among the delegations on Monday.',
      '',
      'The plan provides for talks in Doha. Key provisions:',
      '',
      '  • Hamas will hand over its heavy weapons within 90 days.',
      '  • Hamas will give up its long-range missiles.',
      '  • All hostages will be released within 72 hours. Israel will free 250 prisoners in return.',
    ].join('\n'),
    want: ['QAT PROPOSE talks []', 'QAT PROPOSE military_limits []', 'QAT PROPOSE military_limits []', 'QAT PROPOSE humanitarian []'],
  },
  {
    body: [
      'A draft peace treaty which, according to two diplomats, was written by Turkey was handed to both delegations.',
      '',
      'Its key provisions:',
      '',
      '  • Armenia will withdraw its troops from the border villages.',
      '  • Azerbaijan will withdraw its troops from the enclaves it seized in 2021.',
    ].join('\n'),
    want: ['TUR PROPOSE territory []', 'TUR PROPOSE territory []'],
  },
  // The same point restated in prose, not in a bullet of its own, merges with the item.
  {
    body: [
      'The Qatari proposal has three parts:',
      '',
      '1. A ceasefire in Gaza.',
      '',
      '2. The return of all hostages.',
      '',
      'Under the proposal, the ceasefire in Gaza would take effect at once.',
    ].join('\n'),
    want: ['QAT PROPOSE ceasefire []', 'QAT PROPOSE humanitarian []'],
  },
]);
