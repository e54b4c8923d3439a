// A sentence that only introduces a list of a party's positions ("Addis Ababa set out its terms on Monday.", "Baku
// laid out three conditions for signing the treaty.") is the list's frame, not a stance of its own: when the
// sentences after it state the items (candidate/list-sentences), the items are the claims, and the introduction yields
// none on talks or on no named issue (document/list-introduction). An introduction that names an issue of its own
// ("set out its conditions for a ceasefire") keeps it. Passages written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('list introduction', [
  { body: 'Ethiopia\'s prime minister set out his terms at the Nairobi talks on Monday. Eritrean troops must leave the border districts of Tigray. They must also release the detained fishermen.', want: ['ETH DEMAND territory []', 'ETH DEMAND humanitarian []'] },
  { body: 'Serbia laid out three conditions for signing the agreement on Friday. First, Kosovo must release the detained Serbian police officers. Second, Pristina must withdraw its special police from the north.', want: ['SRB DEMAND humanitarian []', 'SRB DEMAND territory []'] },
]);

claimCases('issued introduction', [
  { body: 'Israel set out its conditions for a ceasefire on Monday. First, Hamas must release all the hostages. Second, Hamas must hand over its weapons.', want: ['ISR DEMAND ceasefire []', 'ISR DEMAND humanitarian []', 'ISR DEMAND military_limits []'] },
]);
