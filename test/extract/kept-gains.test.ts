// A judgement that a step would only keep what the other side took ("would only lock in its gains", "would merely
// enshrine the occupation") refuses the step: candidate/evaluation's 'outcomeVerbs' after "only". Sentences written
// for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('a step that would only keep the other side\'s gains is refused', [
  { body: 'Blinken told reporters that a ceasefire now would only lock in Russia\'s gains.', want: ['USA REJECT ceasefire []'] },
  { body: 'Yerevan said the Azerbaijani plan would merely enshrine the occupation.', want: ['ARM REJECT talks []'] },
  { body: 'Kuleba said a freeze would only consolidate the occupation of Crimea.', want: ['UKR REJECT ceasefire []'] },
]);

claimCases('negatives: no "only", or no step judged', [
  { body: 'The army will lock in the gains of the offensive, the general said.', want: [] },
]);
