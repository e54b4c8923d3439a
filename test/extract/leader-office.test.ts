// A leader's possessive before an office noun is that leader's office speaking for the party (discourse/leader-office):
// "Zelensky's office answered that …", "Pashinyan's government said …". Before, the leader was read as a possessor
// only, which speaks for no one, and a predicate the office reported ("was not negotiable") had no speaker. Sentences
// written for this test, other disputes.
import { claimCases } from './helpers.js';

claimCases("a leader's office speaks for the leader's party", [
  { body: 'Aliyev\'s office said that the Armenian draft was unacceptable.', want: ['AZE REJECT talks []'] },
  { body: 'Pashinyan\'s government replied that the Azerbaijani proposal was unacceptable.', want: ['ARM REJECT talks []'] },
  { body: 'Vucic\'s office said that recognition of Kosovo was out of the question.', want: ['SRB REJECT recognition []'] },
  { body: 'Zelensky\'s office answered that Ukraine\'s church laws "are not a subject of negotiations with the aggressor".', want: ['UKR REJECT rights []'] },
  { body: 'Erdogan\'s press office said Turkey was ready to host talks.', want: ['TUR OFFER talks []'] },
  { body: 'Zelensky\'s office rejected the proposal.', want: ['UKR REJECT talks []'] },
]);

claimCases('no speaker from an office that is only an object or a possessor', [
  { body: 'A letter was sent to Zelensky\'s office demanding a ceasefire.', want: [] },
  { body: 'The draft was drawn up in Aliyev\'s office and sent to Yerevan.', want: [] },
  { body: 'Reporters waited outside Pashinyan\'s office for the announcement.', want: [] },
]);
