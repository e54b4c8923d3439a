// A third party backing an outcome no one is said to have put forward ("supports a ceasefire", "supports dialogue")
// calls for it: a proposal, not an acceptance (claim/third-party-support). Backing a named proposal, an owner's plan
// or a definite one accepts it. Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases("a third party's support for an outcome is a proposal", [
  { body: 'Brazil supports a ceasefire and an early political settlement.', want: ['BRA PROPOSE ceasefire []', 'BRA PROPOSE talks []'] },
  { body: 'Indonesia supports dialogue between the two sides.', want: ['IDN PROPOSE talks []'] },
  // (Backing what someone put forward accepts it.)
  { body: 'Brazil supported the ceasefire.', want: ['BRA ACCEPT ceasefire []'] },
  { body: 'Indonesia supports the Turkish proposal for talks.', want: ['IDN ACCEPT talks []', 'TUR PROPOSE talks []'] },
]);

claimCases("a third party's support for an arrangement both sides would take part in is a proposal", [
  // (Both principal sides, and no one else, named as those taking part: participants, not the owner of a proposal.)
  { body: 'Kazakhstan supports a peace conference recognised by both Armenia and Azerbaijan.', want: ['KAZ PROPOSE talks []'] },
  { body: 'Beijing has said it supports a peace conference recognised by both Russia and Ukraine.', want: ['CHN PROPOSE talks []'] },
  // (An owner named, one side only, another party as host, a definite object, or a principal side itself: acceptance.)
  { body: 'Turkey backed Russia\'s proposal for a peace conference.', want: ['TUR ACCEPT talks []', 'RUS PROPOSE talks []'] },
  { body: 'Kazakhstan supports a summit with Armenia.', want: ['KAZ ACCEPT talks []'] },
  { body: 'Qatar supports a peace conference hosted by Egypt.', want: ['QAT ACCEPT talks []'] },
  { body: 'Brazil backed the ceasefire.', want: ['BRA ACCEPT ceasefire []'] },
  { body: 'Armenia supports a peace conference recognised by both Armenia and Azerbaijan.', want: ['ARM ACCEPT talks []'] },
]);

claimCases("a third party's backing of a force is its own backing offered (claim/backed-force)", [
  { body: 'Washington would support the European reassurance force if it came under attack, Rubio said.', want: ['USA OFFER security_guarantees []'] },
  { body: 'The European leaders said they would support a "multinational force Ukraine", led by European nations.', want: ['EUR OFFER security_guarantees []'] },
  { body: 'Turkey would support a multinational force to guarantee the ceasefire between Armenia and Azerbaijan.', want: ['TUR OFFER security_guarantees []'] },
  // (A principal side backing a force on its soil, the idea of a force, or a mechanism: acceptance.)
  { body: 'Armenia backs a multinational force on the border with Azerbaijan.', want: ['ARM ACCEPT security_guarantees []'] },
  { body: 'Canada backed the idea of a multinational force.', want: ['CAN ACCEPT security_guarantees []'] },
  { body: 'Britain backed a US-led mechanism to monitor a ceasefire.', want: ['GBR ACCEPT ceasefire []'] },
]);
