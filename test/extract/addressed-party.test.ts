// A third party's call addressed to one party (claim/addressed-party): "urged him to declare a ceasefire", "called on
// Azerbaijan to match Armenia's acceptance of the truce" ask that party to act, a demand (spec §2 DEMAND: "call on"),
// even where the other side is named later in the call or the addressee is a pronoun. A call addressed to no one, or
// to both sides to hold talks, stays the mediator's proposal. Sentences written for this test, about other disputes.
import { claimCases } from './helpers.js';

claimCases('a call addressed to one party is a demand', [
  { body: 'Erdogan spoke to Aliyev by telephone on Sunday. Erdogan urged him to declare a unilateral ceasefire.', want: ['TUR DEMAND ceasefire []'] },
  { body: 'The French president called on Azerbaijan to match Armenia\'s acceptance of an unconditional truce.', want: ['FRA DEMAND ceasefire []'] },
  { body: 'Guterres met Abiy Ahmed in Addis Ababa. Guterres asked him to release all Eritrean prisoners of war.', want: ['UN DEMAND humanitarian []'] },
]);

claimCases('a call addressed to no one, or to both sides to talk, stays a proposal', [
  { body: 'Qatar called for an immediate ceasefire between Israel and Hamas.', want: ['QAT PROPOSE ceasefire []'] },
  { body: 'Ankara urged Armenia and Azerbaijan to start negotiations in Istanbul.', want: ['TUR PROPOSE talks []'] },
]);
