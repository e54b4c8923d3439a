// Designating another party's forces or acts as the enemy's threatens them (cues.json designation-threat, gated by
// trigger/designation-needs-verb; threat-predicate's target phrases). Sentences written for this test, with parties
// and places other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a hostile designation of forces is a threat', [
  { body: 'Belgrade said any foreign troops deployed in northern Kosovo would be treated as a party to the conflict.', want: ['SRB THREATEN security_guarantees []'] },
  { body: 'Iran warned that Western units sent to Iraq would be regarded as "legitimate combat targets".', want: ['IRN THREATEN security_guarantees []'] },
  { body: 'Eritrea said it would regard any foreign troops sent to Tigray as co-belligerents.', want: ['ERI THREATEN security_guarantees []'] },
  { body: 'Beijing said foreign troops deployed to Taiwan would be considered an act of aggression.', want: ['CHN THREATEN security_guarantees []'] },
]);

claimCases('no threat: the parties to a conflict named, targets struck', [
  { body: 'The parties to the conflict in Sudan met in Jeddah on Monday.', want: [] },
  { body: 'Russian missiles struck military targets near Kharkiv, the ministry said.', want: [] },
]);
