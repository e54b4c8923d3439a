// A predicate's speaker is every party coordinated with it (holder/predicate-speaker with coordinatedSpeaker, spec §3
// rule 8), and a verb of naming before the predicate takes the judged thing as its object, not the occasion before it
// (content/named-object); "said after a call with X that …" ends the subject at its "that". Sentences written for this
// test, with other parties and places.
import { claimCases } from './helpers.js';

claimCases('every coordinated speaker holds the predicate', [
  { body: 'Kenya and Uganda said a corridor through Somalia was unacceptable.', want: ['KEN REJECT ceasefire []', 'UGA REJECT ceasefire []'] },
  {
    body: 'In a joint statement on Saturday, the leaders of Kenya, Uganda, Tanzania and the African Union said they welcomed the talks but that "borders must not be changed by force".',
    want: ['KEN ACCEPT talks []', 'UGA ACCEPT talks []', 'TZA ACCEPT talks []', 'AU ACCEPT talks []', 'KEN REJECT territory []', 'UGA REJECT territory []', 'TZA REJECT territory []', 'AU REJECT territory []'],
  },
  // (A party before a parenthetical speaker's comma is the clause's subject, no co-speaker.)
  { body: 'Kenya, Ethiopia said, would find a corridor through Somalia unacceptable.', want: ['ETH REJECT ceasefire []'] },
]);

claimCases('a verb of naming judges its object, not the occasion before it', [
  // (A position with no content of its own names no issue: no claim, not the summit or the call before it.)
  { body: 'In Nairobi, where they were attending a summit, the leaders of Kenya, Uganda and Tanzania called Ethiopia\'s position "unacceptable".', want: [] },
  { body: 'The leaders of Kenya and Uganda said after a call with US President Donald Trump that Ethiopia\'s position was "unacceptable".', want: [] },
  { body: 'Yerevan called the idea of international monitors on the border unacceptable.', want: ['ARM REJECT security_guarantees []'] },
  { body: 'Paris floated a European monitoring mission, an idea which Baku has called unacceptable.', want: ['FRA PROPOSE security_guarantees []', 'AZE REJECT security_guarantees []'] },
]);
