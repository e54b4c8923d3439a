// A state's army speaks through its commanders, spokesmen and leadership (roles.json): "Sudanese army commander
// Abdel Fattah al-Burhan ruled out talks" is Sudan's refusal; an ambiguous party adjective ('Sudanese') is
// taken with such a role. "army", "military" alone stay no speaker: in war narratives they are troops. Found by
// the paraphrase battery (holder forms). Sentences written for this test.
import { claimCases } from './helpers.js';

claimCases('army commanders, spokesmen and leadership speak for their state', [
  { body: 'Sudanese army commander Abdel Fattah al-Burhan ruled out talks with the RSF.', want: ['SDN REJECT talks []'] },
  { body: 'The Eritrean army leadership rejected the proposal for a truce.', want: ['ERI REJECT ceasefire []'] },
  { body: 'Ethiopian military commanders rejected the proposal for a truce.', want: ['ETH REJECT ceasefire []'] },
]);

claimCases('an army alone is troops, not a speaker', [
  { body: 'The Sudanese army retook the palace in Khartoum, an army spokesman said.', want: [] },
  { body: 'He said the Ukrainian army had launched an offensive and that it was impossible to implement a ceasefire.', want: [] },
]);
