// Giving one's blessing, consent or approval to a step accepts it (cues.json welcome; issue 7, acceptance verbs):
// the possessive before the noun ("its consent", "his blessing") is part of the phrase, not a modifier that makes
// the cue a noun (trigger/noun-modifier). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a blessing, consent or approval given accepts', [
  { body: 'Kyiv gave its consent to an energy ceasefire, Zelensky said.', want: ['UKR ACCEPT ceasefire []'] },
  { body: 'Putin gave his blessing to a new round of talks in Istanbul.', want: ['RUS ACCEPT talks []'] },
  { body: 'Erdogan gave his blessing to Sweden\'s NATO membership.', want: ['TUR ACCEPT alliance []'] },
  { body: 'Baku has given its consent to the deployment of EU monitors along the border, Aliyev\'s office said.', want: ['AZE ACCEPT security_guarantees []'] },
]);

claimCases('no acceptance of a step of the dispute', [
  // nothing of a dispute given consent to; a consent not given is a reported absence (as "did not agree to")
  { body: 'The ministry gave its consent to the budget for next year.', want: [] },
  { body: 'The farmer gave his blessing to the wedding.', want: [] },
  { body: 'Kyiv did not give its consent to the energy ceasefire, Zelensky said.', want: [] },
]);
