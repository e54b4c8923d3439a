// After a cue of condition ("could only take place", "only begin"), a phrase of time is the condition itself, what is
// demanded, not when something happens (content/leading-time-phrase 'conditionCues'): "the vote could only take place
// after a ceasefire of at least sixty days" demands the ceasefire. A phrase of time right after another cue still says
// when. Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a phrase of time after a cue of condition is the condition', [
  { body: 'Pashinyan said a referendum could only take place after a ceasefire of at least sixty days.', want: ['ARM DEMAND ceasefire []'] },
  { body: 'Netanyahu said the talks could only take place after the release of all hostages.', want: ['ISR DEMAND humanitarian []'] },
  { body: 'Vucic said elections in the north could only be possible after a withdrawal of the special police.', want: ['SRB DEMAND territory []'] },
  { body: 'Kyiv said elections could only take place after martial law is lifted.', want: ['UKR DEMAND governance []'] },
]);

claimCases('negatives: a phrase of time right after another cue says when', [
  { body: 'Pashinyan said he would need monitors after a ceasefire.', want: ['ARM DEMAND security_guarantees []'] },
  { body: 'Armenia wants after the truce a full withdrawal of Azerbaijani troops.', want: ['ARM DEMAND territory []'] },
]);
