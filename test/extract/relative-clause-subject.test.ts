// A party inside a relative clause set off by commas (", which …,", ", who …,", ", whose …,") that closes before the
// stance is the clause's, not the stance's subject (holder/nearest-subject): "India, which has refrained from
// criticising Moscow, has urged both sides to return to dialogue" is India's. Sentences written for this test, with
// other parties and places than the corpora.
import { claimCases } from './helpers.js';

// (Refusing to criticise is a stance of its own, on no scored issue.)
claimCases('the subject before a closed relative clause holds the stance', [
  { body: 'Armenia, which Russia has long protected, demanded the withdrawal of Azerbaijani troops.', want: ['ARM DEMAND territory []'] },
  { body: 'Egypt, which borders Gaza and Israel, proposed a ceasefire.', want: ['EGY PROPOSE ceasefire []'] },
  { body: 'Brazil, which has refused to criticise Moscow at the UN, urged both sides to return to the negotiating table.', want: ['BRA PROPOSE talks []', 'BRA REJECT other []'] },
]);

claimCases('a stance inside the relative clause stays the clause subject\'s', [
  { body: 'Erdogan, who has offered to host talks, met Putin.', want: ['TUR OFFER talks []'] },
  { body: 'Serbia, whose ties with Moscow remain close, has called for talks with Pristina.', want: ['SRB DEMAND talks []'] },
]);

// (A relative of place, ", where …,", closes the same way: the parties who met there do not hold the host's offer.)
claimCases('the place before a closed relative of place holds the stance', [
  { body: 'Kazakhstan\'s foreign minister said Astana, where Armenian and Azerbaijani delegations met last month, was ready to host further rounds.', want: ['KAZ OFFER talks []'] },
  { body: 'Qatar\'s foreign minister said Doha, where Israeli and Hamas negotiators met on Friday, remained ready to host further rounds.', want: ['QAT OFFER talks []'] },
]);

claimCases('a stance inside the relative of place stays its own', [
  { body: 'Geneva, where Serbia offered to return to the talks, hosted the meeting.', want: ['SRB OFFER talks []'] },
]);
