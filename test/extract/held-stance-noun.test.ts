// A stance noun whose own party stands inside its noun phrase ("a US proposal for …", "Moscow's demand for …")
// presupposes that the party made the stance, whatever clause the phrase stands in: a hope, a fear, a question, or
// another party's stance around it (trigger/held-noun-stands); a phrase of likeness between another party's stance
// and the noun makes the noun's content that stance's ("argued for a truce, in line with a Saudi proposal …",
// content/held-object 'likeness'). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('held stance noun', [
  // Under a hope or a fear: the proposal was made.
  { body: 'Pashinyan hopes to soften an Azerbaijani proposal for Armenian troops to withdraw from the border villages.', want: ['AZE DEMAND territory []'] }, // a side's proposal of the other side's withdrawal: claim/other-side-concession
  { body: 'Vucic said he hoped to amend a Kosovar proposal for a prisoner exchange.', want: ['XKX PROPOSE humanitarian []'] },
  { body: 'Seoul fears a North Korean demand for the withdrawal of US troops from the peninsula.', want: ['PRK DEMAND security_guarantees []'] },
  { body: "It is unclear whether Moscow's demand for Ukrainian neutrality will be met.", want: ['RUS DEMAND alliance []'] },
  // Inside another party's stance: the noun is its own party's.
  { body: 'The Israeli delegation sought to water down an Egyptian proposal for a 60-day truce.', want: ['EGY PROPOSE ceasefire []'] },
  // A phrase of likeness: the stance matches the held noun, which takes its content.
  { body: 'Khartoum argued for a two-week truce, in line with a Saudi proposal that the army had previously accepted.', want: ['SDN PROPOSE ceasefire []', 'SAU PROPOSE ceasefire []'] },
  { body: 'Kurti argued for a phased handover of the north, in line with an EU proposal Serbia had previously accepted.', want: ['XKX PROPOSE territory []', 'EU PROPOSE territory []', 'SRB ACCEPT territory []'] },
  // Negatives: no party of its own, a stance not yet made, an analyst's judgement.
  { body: 'Hamas hopes the talks will produce a proposal for a truce.', want: [] },
  { body: 'Seoul fears a possible North Korean demand for the withdrawal of US troops.', want: [] },
  { body: 'Hamas hopes any future Egyptian proposal for a truce will include guarantees.', want: [] },
  { body: 'Analysts said the Egyptian proposal would fail.', want: [] },
  { body: 'The plan was discussed in Doha on Monday.', want: [] },
]);
