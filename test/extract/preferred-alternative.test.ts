// A stance of any type may prefer one thing to another: what follows "rather than" or "instead of" is refused, never
// the stance's own content (claim/rather-than). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a demand, a proposal or a wish preferred to an alternative refuses the alternative', [
  { body: 'Israel wants a comprehensive settlement rather than a ceasefire, an official said.', want: ['ISR PROPOSE talks []', 'ISR REJECT ceasefire []'] },
  { body: 'Serbia called for talks in Brussels instead of sanctions on Belgrade.', want: ['SRB DEMAND talks []', 'SRB REJECT sanctions []'] },
  { body: 'The Sudanese army said the best way to end the war was a negotiated settlement, rather than a mere truce.', want: [] },
  { body: 'Washington said the best way to end the war in Sudan was a peace agreement, rather than a mere truce.', want: ['USA PROPOSE talks []', 'USA REJECT ceasefire []'] },
]);

claimCases('an alternative on the stance\'s own issue sets its terms; modifiers of one noun are no alternative', [
  { body: 'Armenia proposed an exchange of all detainees rather than a partial swap.', want: ['ARM PROPOSE humanitarian []'] },
  { body: 'Seoul proposed a buffer zone that would be patrolled by Swiss rather than American troops.', want: ['KOR PROPOSE security_guarantees []'] },
]);

claimCases('a threat\'s alternative is still refused', [
  { body: 'Baku said it would fight on rather than accept a ceasefire.', want: ['AZE REJECT ceasefire []'] },
]);
