// Refusing to attend a meeting is refusing the talks (trigger/declined-attendance): "declined to attend", "refused to
// come to Prague", when nothing after the verb names another issue. Sentences written for this test, other disputes.
import { claimCases } from './helpers.js';

claimCases('going to a meeting or staying away from it is a stance on the talks', [
  { body: 'Eritrea declined to attend, citing the presence of Ethiopian observers.', want: ['ERI REJECT talks []'] },
  { body: 'Aliyev refused to come to Prague.', want: ['AZE REJECT talks []'] },
  { body: 'Kosovo sent its deputy prime minister after Kurti declined to attend in person.', want: ['XKX REJECT talks []'] },
  { body: 'Serbia refuses to take part, the foreign ministry said.', want: ['SRB REJECT talks []'] },
  { body: 'Pashinyan agreed to come to Prague.', want: ['ARM ACCEPT talks []'] },
]);

claimCases('negatives: another object, or no meeting', [
  { body: 'Hungary declined to take part in the joint borrowing.', want: ['HUN REJECT other []'] },
  { body: 'The Armenian minister refused to go into specifics about the draft.', want: [] },
]);
