// Precision families found on the raw corpus's "none"/"few" articles (issue 7: every claim there must be
// defensible). Sentences written for this test, with parties and places other than the corpus's; each must
// yield no claim of the kind named.
import { claimCases } from './helpers.js';

claimCases('no claim', [
  // A state's allies are not the state; a verb coordinated under a deontic is what the speaker wants of the
  // subject; a possessor across a coordination holds nothing.
  { body: 'The Chinese envoy gave a clear signal: "the US allies in Europe should declare their autonomy and call for an immediate ceasefire."', want: [] },
  { body: "Russia's partners in Asia have backed the ceasefire.", want: [] },
  // A purpose after the object says why; it is not what is offered ("attacks" is no ceasefire here).
  { body: 'Japan pledged last month to send $20 million in power equipment to help Ukraine withstand the attacks on its grid.', want: [] },
  // What a thing requires is no stance of the speaker's.
  { body: 'Fidan emphasized that any final agreement would require approval from the parliaments of both countries.', want: [] },
  // A warning whose modal has a thing for its subject predicts; it threatens nothing.
  { body: 'He warned a sharp drop in gas supplies would push up prices for countries like Germany.', want: [] },
]);

claimCases('still a claim', [
  // A group's allies are that group; the speaker's own side after "that" still holds.
  { body: 'Kyiv and its European allies have long called for an immediate halt to fighting.', want: ['UKR DEMAND ceasefire []', 'EUR DEMAND ceasefire []'] },
  { body: 'Lukashenko warned that Belarus would close its border with Poland.', want: ['BLR THREATEN other []'] },
]);
