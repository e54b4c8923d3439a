// A stance cue that is a participle of a speech act after a comma ("…, warning that they would …", "…, insisting
// that …") continues the reporting clause: its speaker holds it, not a party named inside the clause the speaker
// reported, least of all a modifier ("the French guarantees") spread over a group's members (holder/speech-participle).
// Sentences written for this test, with other parties and places.
import { claimCases } from './helpers.js';

const threats = (c: { type: string }) => c.type === 'THREATEN';

claimCases('a speech participle is the reporting speaker\'s', [
  { body: 'Aliyev said the French guarantees were dangerous, warning that they would make the region less safe for many years.', want: ['AZE THREATEN other []'] },
  { body: 'Tehran said the G7 guarantees for Israel were reckless, warning that they would make the Middle East less safe for decades.', want: ['IRN THREATEN other []'] },
  // (A party that speaks for itself, and a participle with no reported clause before it, keep their holder.)
  { body: 'Kurti said Serbia had attacked, warning Belgrade that Kosovo would respond.', want: ['XKX THREATEN ceasefire []'] },
  { body: 'Israel struck again on Sunday, warning that it would expand the operation in Rafah.', want: ['ISR THREATEN other []'] },
], threats);
