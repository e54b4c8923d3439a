// A party inside a clause set off by dashes or brackets, closed before the stance, is not the stance's subject
// (holder/closed-parenthesis). Sentences written for these tests, on other disputes.
import { claimCases } from './helpers.js';

claimCases('a party inside a closed clause of dashes or brackets holds no stance after it', [
  { body: 'The idea is a contact group of neutral states - Ramaphosa has named Kenya and Egypt - which would offer itself as mediator between Khartoum and the RSF.', want: [] },
  { body: 'A new monitoring mission - Borrell said Serbia had agreed to it in principle - would patrol the northern border.', want: [] },
  { body: 'The plan (Qatar has sent it to Israel) would release 33 hostages in the first phase.', want: [] },
  { body: 'The Arab plan - Egypt has shown it to Hamas and Israel - proposes a technocratic government for Gaza.', want: [] },
]);

claimCases('the subject before the parenthesis still holds it; an apposition or a list names the subject', [
  { body: 'Egypt - which Cairo officials say has hosted every round - would offer itself as mediator between Israel and Hamas.', want: ['EGY OFFER talks []'] },
  { body: 'Ukraine\'s allies - France and Britain among them - offered to send troops after a ceasefire.', want: ['FRA OFFER security_guarantees []', 'GBR OFFER security_guarantees []'] },
  { body: 'The US envoy - Steve Witkoff - offered to host talks in Miami.', want: ['USA OFFER talks []'] },
]);
