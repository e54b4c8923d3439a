// A stance noun whose copula a reporting clause interrupts (candidate/interrupted-copula): "The priority, he told
// senators, is a full exchange of prisoners" states a demand as "Kyiv's priority is …" does. Sentences written for
// this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a goal, priority or condition with a reporting clause before its copula is a stance', [
  { body: 'Moscow\'s aim, Peskov said, remains the neutrality of Ukraine.', want: ['RUS DEMAND alliance []'] },
  { body: 'Our condition, Aliyev said, is the withdrawal of Armenian troops from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'The main condition, Aliyev told reporters, is the withdrawal of Armenian troops from the border villages.', want: ['AZE DEMAND territory []'] },
  { body: 'Ukraine\'s foreign minister flew to Washington on Tuesday. The priority, he told senators, is a full exchange of prisoners of war before any summit.', want: ['UKR DEMAND humanitarian []'] },
  { body: 'Israel\'s priority, Netanyahu said on Sunday, is the release of all the hostages.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'The goal, Vucic said, was a ceasefire in the north before the winter.', want: ['SRB DEMAND ceasefire []'] },
], (c) => c.type === 'DEMAND');

claimCases('no stance: a judged noun, no party speaking, or another party\'s proposal described', [
  // a predicate judges the condition: the speaker refuses it, the noun is no demand of its own
  { body: 'The condition, Kurti said, is unacceptable.', want: [] },
  // analysts are no party
  { body: 'The goal, analysts said, is a ceasefire on Russia\'s terms.', want: [] },
  // a proposal with no possessor may be another party's: described, not made
  { body: 'The proposal, Peskov said, was a ceasefire plan sent by Washington.', want: [] },
  // no reporting clause: an apposition
  { body: 'The priority, a full exchange of prisoners, was discussed in Istanbul.', want: [] },
], (c) => c.type === 'DEMAND' || c.type === 'PROPOSE');
