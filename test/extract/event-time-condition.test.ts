// A condition of time at the war's end ("only after a peace deal had been signed", "only once the fighting had
// stopped") tells when the holder's own step comes and demands nothing (content/event-time-condition, with the
// settlement nouns of content/event-time-clause and the offer's circumstance of claim/condition-circumstance).
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('the war\'s end as the time of a step demands nothing', [
  { body: 'Ruto told reporters that Kenyan troops would be deployed to Sudan only after a peace deal had been signed.', want: ['KEN OFFER security_guarantees []'] },
  { body: 'Macron said several hundred French soldiers could be deployed to Armenia, but only once the fighting had stopped.', want: ['FRA OFFER security_guarantees []'] },
  // (The relief announced as coming is the Treasury's offer, trigger/coming-benefit, as the troops deployed are above;
  // the time condition still demands nothing.)
  { body: 'The US Treasury said any easing of sanctions on Belgrade would come only after a durable peace agreement is signed.', want: ['USA OFFER sanctions []'] },
  { body: 'The Turkish government said economic cooperation with Yerevan would be possible only after a political settlement, and not before.', want: [] },
]);

claimCases('what follows the clause in a new predicate is the step\'s own, not the condition', [
  { body: 'The declaration says Egyptian troops would be deployed to Sudan only after hostilities have ended and would help rebuild the Sudanese army.', want: ['EGY OFFER security_guarantees []'] },
]);

claimCases('what stays: a condition on a party, a ceasefire asked for, a settlement with content', [
  { body: 'Azerbaijan said it would withdraw its troops from the border villages only after Armenia withdraws from the enclaves.', want: ['AZE OFFER territory []', 'AZE DEMAND territory []'] },
  { body: 'Eritrea said elections could be held only after a ceasefire of at least sixty days.', want: ['ERI DEMAND ceasefire []'] },
  { body: 'Serbia said it would lift its veto only after a deal on the rights of the Serb minority is signed.', want: ['SRB DEMAND rights []'] },
]);
