// What "the participants" of a meeting agreed together is the meeting's outcome, no position of each attendee
// (claim/meeting-outcome); parties named as agreeing still propose it together (claim/joint-agreement). Sentences
// written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('meeting outcome: the participants agreed', [
  { body: 'Envoys from Egypt, Qatar, Turkey and the United States met in Cairo on Sunday. The participants agreed to set up working groups on humanitarian access and the exchange of prisoners.', want: [] },
  { body: 'Officials from Kenya, Ethiopia, Saudi Arabia and Egypt attended the meeting in Jeddah. A statement said the participants had agreed on "the importance of continuing consultations" on a ceasefire in Sudan.', want: [] },
]);

claimCases('meeting outcome: named parties agreeing still propose it', [
  { body: 'Egypt, Qatar and Turkey agreed to a 30-day ceasefire in Sudan.', want: ['EGY PROPOSE ceasefire []', 'QAT PROPOSE ceasefire []', 'TUR PROPOSE ceasefire []'] },
]);
