// claim/seat-denied: a negated deontic or modal whose verb expects, counts on or has a place at the talks ("should not
// expect a seat at the table", "would not have a seat at the table") is the speaker's refusal of a format with that
// party (REJECT talks), not a demand on it nor the subject's own refusal. Sentences written for this test, about
// disputes other than the corpus's.
import { claimCases } from './helpers.js';

claimCases('a place at the talks denied is the speaker\'s refusal (claim/seat-denied)', [
  { body: 'Blinken made clear that Hamas should not expect a seat at the table when the truce is negotiated.', want: ['USA REJECT talks []'] },
  { body: 'Aliyev said Moscow should not expect a role in the peace talks with Armenia.', want: ['AZE REJECT talks []'] },
  { body: 'Kosovo should not expect a say in the negotiations, the Serbian president warned.', want: ['SRB REJECT talks []'] },
  { body: 'The Eritrean government must not count on a place at the table in Nairobi, the Ethiopian prime minister said.', want: ['ETH REJECT talks []'] },
  { body: 'Russia should not expect any seat at the table, Zelensky said on Friday.', want: ['UKR REJECT talks []'] },
  { body: 'Stoltenberg said Georgia would not have a seat at the table.', want: ['NATO REJECT talks []'] },
  { body: 'Washington signalled that Europe would not have a seat at the table.', want: ['USA REJECT talks []'] },
]);

claimCases('a place at the talks claimed, or something else expected, stays a demand', [
  { body: 'Eritrea said Ethiopia must have a seat at the table.', want: ['ERI DEMAND talks []'] },
  { body: 'Aliyev said Armenia should not expect a quick peace treaty.', want: ['AZE DEMAND talks []'] },
]);
