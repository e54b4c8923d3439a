// Holders named by a party adjective before a stance noun (holder/party-adjective), passive stances whose
// trigger holds its own auxiliary (holder/passive-agent-first), and "According to X," (holder/according-to).
// Sentences written for this test, with parties and places other than the corpora's.
import { claimCases } from './helpers.js';

// (A third party's support for an outcome no one put forward is a proposal, claim/third-party-support.)
claimCases('a party adjective right before a stance noun holds it', [
  { body: 'American support for a ceasefire along the current front line was confirmed on Tuesday.', want: ['USA PROPOSE ceasefire []'] },
  { body: 'Eritrean opposition to a UN monitoring mission on the border has not changed.', want: ['ERI REJECT security_guarantees []'] },
  { body: 'The talks in Cairo stalled over Israeli objections to a permanent ceasefire in Gaza.', want: ['ISR REJECT ceasefire []'] },
  // Past one listed modifier.
  { body: 'Turkish diplomatic support for an exchange of all prisoners was confirmed on Monday.', want: ['TUR PROPOSE humanitarian []'] },
]);

claimCases('an adjective that is no party\'s stance, or one of a hyphened pair, does not hold alone', [
  // An analyst holds nothing, whatever his nationality.
  { body: 'An American analyst voiced support for a ceasefire along the front line.', want: [] },
  // A pair: both parties, by the document rules.
  { body: 'The Chinese-Brazilian initiative calls for a ceasefire along the current front line.', want: ['BRA PROPOSE ceasefire []', 'CHN PROPOSE ceasefire []'] },
]);

claimCases('a negated modal passive is held by its agent after "by", not by its subject', [
  { body: 'Vucic said Kosovo will never be recognised by Serbia.', want: ['SRB REJECT recognition []'] },
  { body: 'Northern Cyprus would never be recognised by Greece.', want: ['GRC REJECT recognition []'] },
]);

claimCases('a sentence headed by "According to X," is X\'s stance when no party is its subject', [
  { body: 'According to Pashinyan, the only solution is a full withdrawal of Azerbaijani troops from the border villages.', want: ['ARM DEMAND territory []'] },
  { body: 'Vucic spoke in Belgrade on Monday. According to him, the best option for Serbia would be a ceasefire along the administrative line.', want: ['SRB DEMAND ceasefire []'] }, // (a side's preferred outcome: discourse/principal-sides)
  // An outlet or an analyst is no party; a party subject of its own keeps its stance.
  { body: 'According to Reuters, the only solution is a full withdrawal of Azerbaijani troops from the border villages.', want: [] },
  { body: 'According to an analyst in Belgrade, the best option for Serbia would be a ceasefire along the administrative line.', want: [] },
  { body: 'According to Vucic, Kosovo rejected a ceasefire along the administrative line.', want: ['XKX REJECT ceasefire []'] },
]);
