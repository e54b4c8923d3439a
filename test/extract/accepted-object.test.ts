// A stance noun after a verb of accepting and a determiner is the verb's object, not one chained stance of the
// noun's type (trigger/accepted-object): "accepts our proposals" accepts, it proposes nothing. The noun is held by
// its possessor, never by the party that accepts or refuses it (holder/accepted-owner). A cue after a stance noun
// and a comma opens a predicate of its own, held by the clause's subject (holder/coordinated-verb), not by the
// noun's author. Sentences written for this test, on other disputes.
import { claimCases } from './helpers.js';

claimCases('an accepted stance noun is the acceptance\'s object', [
  // ("our" is the speaker's: the Serbian minister's.)
  { body: 'Kosovo welcomed our proposals on the release of prisoners, the Serbian minister said.', want: ['XKX ACCEPT humanitarian []', 'SRB PROPOSE humanitarian []'] },
  { body: 'Israel is ready to accept their proposals on a prisoner exchange.', want: ['ISR ACCEPT humanitarian []'] },
  { body: 'Eritrea welcomed their offer of a prisoner exchange.', want: ['ERI ACCEPT humanitarian []'] },
  { body: 'Taiwan rejected our offer of talks.', want: ['TWN REJECT talks []'] },
  { body: 'Sudan backs their plan for talks in Jeddah.', want: ['SDN ACCEPT talks []'] },
  // (The verb that proposes after an acceptance still proposes: "agreed to propose" has no determiner between.)
  { body: 'Serbia agreed to propose talks in Brussels.', want: ['SRB PROPOSE talks []'] },
  // (Its own stance noun with "its" right after the subject stays the subject's.)
  { body: 'Britain renewed its offer of talks.', want: ['GBR OFFER talks []'] },
]);

claimCases('a verb after a stance noun and a comma is the subject\'s', [
  { body: 'Armenia accepts EU mediation proposal, backs talks in Brussels.', want: ['ARM ACCEPT talks []'] },
  { body: 'Kosovo rejects Serbian plan, calls for talks in Brussels.', want: ['XKX REJECT talks []', 'SRB PROPOSE talks []', 'XKX DEMAND talks []'] },
  { body: 'Ukraine accepts US truce proposal, backs immediate negotiations with Russia.', want: ['UKR ACCEPT ceasefire []', 'UKR ACCEPT talks []'] },
]);
