// A threat on the same issue as its condition, whose claim spans the condition after it, is one statement: the threat
// alone, not a threat and a demand (claim/threat-carries-condition). A condition on another issue, or a fronted one,
// still states the demand (claim/if-condition). Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

// (Scored issues only.)
const scored = (c: { issue: string }) => c.issue !== 'other';

claimCases('threat carries its condition: one claim, the threat', [
  { body: 'Before the talks, Washington had threatened "very severe consequences" if Khartoum did not agree to stop the fighting.', want: ['USA THREATEN ceasefire []'] },
  { body: 'Azerbaijan warned that Western countries would run "colossal risks" if they supplied fighter jets to Yerevan.', want: ['AZE THREATEN military_limits []'] },
  { body: 'Serbia warned Pristina of serious consequences if it did not withdraw its special police from the north.', want: ['SRB THREATEN territory []'] },
  { body: 'Israel warned that Hamas would pay a heavy price if the rocket fire from Gaza continued.', want: ['ISR THREATEN ceasefire []'] },
], scored);

claimCases('threat carries its condition: not when the condition is on another issue or comes first', [
  // (A sanction threatened for a refused truce: the truce is demanded as well.)
  { body: 'The leaders of France and Germany said they would push for tougher sanctions on Belgrade if it did not agree to a ceasefire.', want: ['FRA THREATEN sanctions []', 'DEU THREATEN sanctions []', 'FRA DEMAND ceasefire []', 'DEU DEMAND ceasefire []'] },
  // (A fronted condition is the ultimatum's demand.)
  { body: 'If the Armenian army does not leave the disputed villages, Azerbaijani forces will take them by force, the aide said.', want: ['AZE DEMAND territory []', 'AZE THREATEN territory []'] },
], scored);
