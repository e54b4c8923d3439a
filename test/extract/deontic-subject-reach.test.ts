// A deontic's subject is what it demands when its own predicate is short, counted to the first comma or subordinate
// clause (content/condition-subject 'predicateEnds'): "such a meeting must be the final stage, to sign agreements
// that are already prepared" is about the meeting. Its holder is the speaker, not a possessor inside the subject
// ("Kurti said Serbia's assets should remain frozen" is Kosovo's, holder/possessor), and speech reported inside a
// quote is its own speaker's ('"Armenia says any summit must come at the end," Aliyev said' is Armenia's,
// holder/deontic-speaker). Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('a short predicate before a purpose or a time leaves the subject as what is demanded', [
  { body: 'Baku says such a meeting must be the final stage, to sign agreements that are already prepared.', want: ['AZE DEMAND talks []'] }, // (discourse/principal-sides)
  { body: 'Kurti said Serbia\'s assets should remain frozen until Serbia pays.', want: ['XKX DEMAND sanctions []'] },
]);

claimCases('speech reported inside a quote is its own speaker\'s', [
  { body: '"Armenia says any summit must come at the end, once the treaty is ready," Aliyev said.', want: ['ARM DEMAND talks []'] }, // (discourse/principal-sides)
  // (Past an auxiliary and an adverb before the verb of saying: rules.json holder/deontic-speaker skips.)
  { body: '"Armenia has repeatedly said any summit must come at the end, once the treaty is ready," Aliyev said.', want: ['ARM DEMAND talks []'] },
  { body: 'Q: Will Serbia ever recognise Kosovo?\n\nVucic: Kurti has said many times that Serbia must recognise Kosovo first.', want: ['XKX DEMAND recognition []'] },
]);

claimCases('a possessor inside a deontic\'s subject holds nothing when a speaker is named', [
  { body: 'Kurti said Serbia\'s army must be smaller.', want: ['XKX DEMAND military_limits []'] },
]);

claimCases('a subject that names no issue still yields none', [
  { body: 'Kurti said the weather must be fine, because the roads are bad.', want: [] },
  { body: 'Aliyev said the ceremony should be short, once the guests arrive.', want: [] },
]);
